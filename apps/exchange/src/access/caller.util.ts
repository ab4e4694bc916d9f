import { decodeCursor, type CursorPosition } from '@csg/http';

/** The reply object of a Fastify route, as far as the controllers use it. */
export interface Reply {
  header(name: string, value: string): unknown;
  status(code: number): unknown;
}

/** A `(timestamp, uuid)` keyset cursor; anything else is a 400 problem, never a 500 (ADR 59). */
export function timeKeyset(cursor: string | undefined): CursorPosition | undefined {
  return decodeCursor(cursor, ['timestamp', 'uuid']);
}
