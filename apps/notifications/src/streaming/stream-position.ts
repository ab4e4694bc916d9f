import { decodeCursor } from '@csg/http';

/** The log position an opaque cursor carries; a malformed or wrong-typed cursor is a 400 problem (ADR 59). */
export function cursorPosition(cursor: string | undefined): string | undefined {
  return decodeCursor(cursor, ['bigint'])?.[0];
}

/** Is `seq` a position a log can have (a bigint of 1 to 18 digits)? */
export function isLogPosition(seq: string | undefined): seq is string {
  return seq !== undefined && /^\d{1,18}$/.test(seq);
}
