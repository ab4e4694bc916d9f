import { NotFoundException, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';

/** A path id that is not a UUID names nothing: 404, like an unknown one. */
export const uuidParam = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * A path id of another form (e.g. a webhook delivery's `msg_…`): one that does not match
 * `pattern` names nothing, 404 like an unknown one, and never reaches SQL.
 */
export const patternParam = (pattern: RegExp): PipeTransform<string, string> => ({
  transform(value: string): string {
    if (typeof value !== 'string' || !pattern.test(value))
      throw new NotFoundException('Nothing has this identifier.');
    return value;
  },
});
