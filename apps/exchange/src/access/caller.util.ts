import { decodeCursor, ProblemException, type CursorPosition } from '@csg/http';

/** The reply object of a Fastify route, as far as the controllers use it. */
export interface Reply {
  header(name: string, value: string): unknown;
  status(code: number): unknown;
}

/** A `(timestamp, uuid)` keyset cursor; anything else is a 400 problem, never a 500. */
export function timeKeyset(cursor: string | undefined): CursorPosition | undefined {
  const position = decodeCursor(cursor, ['string', 'uuid']);
  if (position && Number.isNaN(Date.parse(String(position[0])))) {
    throw ProblemException.of(
      400,
      'validation',
      'Invalid request',
      'The cursor is not one this list issued.',
      {
        errors: [{ field: 'cursor', messages: ['cursor is invalid'] }],
      },
    );
  }
  return position;
}
