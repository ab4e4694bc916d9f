import { ProblemException } from '../problem/problem-details';

/** Page sizes: `?limit=` defaults to 20 and is capped at 100 (a larger value is served as 100). */
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** The keyset values of the last row of a page, in the list's sort order. */
export type CursorPosition = ReadonlyArray<string | number>;
type CursorShape = ReadonlyArray<'string' | 'number' | 'uuid'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** Decodes a cursor of the given shape; a malformed or foreign cursor is a 400 problem. */
export function decodeCursor(cursor: string | undefined, shape: CursorShape): CursorPosition | undefined {
  if (cursor === undefined) return undefined;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const fits =
    Array.isArray(position) &&
    position.length === shape.length &&
    position.every((value, i) => fitsShape(value, shape[i]));
  if (!fits) throw invalidCursor();
  return position as CursorPosition;
}

function fitsShape(value: unknown, shape: CursorShape[number]): boolean {
  if (shape === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (typeof value !== 'string') return false;
  if (shape === 'uuid') return UUID.test(value);
  return (
    value.length <= 1_000 &&
    !/[\u0000\uD800-\uDFFF]/.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))
  );
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
