import { decodeCursor, type CursorOf } from './cursor-pagination';

/** The keyset of lists in time order with an id as tie-breaker: `(created_at, id)` and the like. */
export const TIME_KEYSET = ['timestamp', 'uuid'] as const;

/** A `(timestamp, uuid)` keyset cursor; anything else is a 400 problem, never a 500 (ADR 59). */
export function timeKeyset(cursor: string | undefined): CursorOf<typeof TIME_KEYSET> | undefined {
  return decodeCursor(cursor, TIME_KEYSET);
}
