import { ParseUUIDPipe } from '@nestjs/common';

/** A path id that is not a UUID names nothing: 404, like an unknown one. */
export const uuidParam = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
