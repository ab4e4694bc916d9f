import { decodeCursor } from '@csg/http';

/** The log position an opaque cursor carries (a malformed cursor is a 400 problem), not yet checked. */
export function cursorPosition(cursor: string | undefined): string | undefined {
  return decodeCursor(cursor, ['string'])?.[0] as string | undefined;
}

/** Is `seq` a position a log can have (a bigint of 1 to 18 digits)? */
export function isLogPosition(seq: string | undefined): seq is string {
  return seq !== undefined && /^\d{1,18}$/.test(seq);
}
