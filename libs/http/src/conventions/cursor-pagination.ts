import { ProblemException } from '../problem/problem-details';
import { isCalendarDay } from './calendar-day';

/** Page sizes: `?limit=` defaults to 20 and is capped at 100 (a larger value is served as 100). */
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** The keyset values of the last row of a page, in the list's sort order. */
export type CursorPosition = ReadonlyArray<string | number>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LONE_SURROGATE_OR_NUL = /[\u0000\uD800-\uDFFF]/;
const INT4 = 2 ** 31;
/** The smallest and largest magnitudes PostgreSQL's `real` accepts (it refuses underflow too). */
const REAL_MIN = 1.18e-38;
const REAL_MAX = 3.4e38;

/**
 * What one keyset value may be (ADR 59), each a check the value's SQL cast cannot fail:
 * `text` a string of at most 1,000 characters without NUL or lone surrogates; `uuid`;
 * `timestamp` an ISO 8601 UTC instant (`…T…Z`, up to microseconds); `date` a day `YYYY-MM-DD`;
 * `int` an integer that fits PostgreSQL's `integer`; `int8` a safe JSON integer (fits `bigint`);
 * `bigint` a log position as digits (1 to 18, so it fits `bigint`); `real` a number that fits
 * PostgreSQL's `real` (a search rank).
 */
const KINDS = {
  text: (v: unknown) =>
    typeof v === 'string' &&
    v.length <= 1_000 &&
    !LONE_SURROGATE_OR_NUL.test(v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')),
  uuid: (v: unknown) => typeof v === 'string' && UUID.test(v),
  timestamp: (v: unknown) => {
    const m = typeof v === 'string' ? TIMESTAMP.exec(v) : null;
    return m !== null && isCalendarDay(m[1], m[2], m[3]);
  },
  date: (v: unknown) => {
    const m = typeof v === 'string' ? DATE.exec(v) : null;
    return m !== null && isCalendarDay(m[1], m[2], m[3]);
  },
  int: (v: unknown) => Number.isInteger(v) && (v as number) >= -INT4 && (v as number) < INT4,
  int8: (v: unknown) => Number.isSafeInteger(v),
  bigint: (v: unknown) => typeof v === 'string' && /^\d{1,18}$/.test(v),
  real: (v: unknown) =>
    typeof v === 'number' && (v === 0 || (Math.abs(v) >= REAL_MIN && Math.abs(v) <= REAL_MAX)),
} satisfies Record<string, (value: unknown) => boolean>;

export type CursorKind = keyof typeof KINDS;
type ValueOf<K extends CursorKind> = K extends 'int' | 'int8' | 'real' ? number : string;
/** The schema of one list's cursor: the kind of each keyset value, in the list's sort order. */
export type CursorSchema = readonly CursorKind[];
/** The position a cursor of schema `S` decodes to: `['timestamp', 'uuid']` gives `[string, string]`. */
export type CursorOf<S extends CursorSchema> = { readonly [I in keyof S]: ValueOf<S[I]> };

/** `{ "items": [...], "nextCursor": ... }`; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageLimit(limit: number | undefined): number {
  return Math.min(limit ?? DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT);
}

/** An opaque cursor: the keyset position as base64url JSON. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

const invalidCursor = () =>
  ProblemException.of(400, 'validation', 'Invalid request', 'The cursor is not one this list issued.', {
    errors: [{ field: 'cursor', messages: ['cursor is invalid'] }],
  });

/**
 * The one cursor decoder of every keyset list (ADR 59): base64url JSON, an array with one value
 * per entry of the list's `schema`, each of its kind. Anything else (not base64url JSON, another
 * length, a value of the wrong type or out of its column's range) is a 400 problem, so no cursor
 * reaches SQL that its casts could refuse.
 */
export function decodeCursor<const S extends CursorSchema>(
  cursor: string | undefined,
  schema: S,
): CursorOf<S> | undefined {
  if (cursor === undefined) return undefined;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const fits =
    Array.isArray(position) &&
    position.length === schema.length &&
    position.every((value, i) => KINDS[schema[i]](value));
  if (!fits) throw invalidCursor();
  return position as unknown as CursorOf<S>;
}

/**
 * Turns `limit + 1` rows fetched in keyset order into a page: the extra row only says that
 * another page exists, and the cursor is the position of the last row kept.
 */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  positionOf: (row: R) => CursorPosition,
  view: (row: R) => T,
): Page<T> {
  const kept = rows.slice(0, limit);
  const more = rows.length > limit && kept.length > 0;
  return {
    items: kept.map(view),
    nextCursor: more ? encodeCursor(positionOf(kept[kept.length - 1])) : null,
  };
}
