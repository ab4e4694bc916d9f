import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { encodeCursor } from '@csg/http';
import type { SseFeed } from '../../../streaming/sse-stream';
import { isLogPosition } from '../../../streaming/stream-position';
import { EventFeedReader } from '../../domain/event-feed.ports';
import { toFeedEventView } from '../feed-event.view';
import { StreamEventFeedQuery } from './stream-event-feed.query';

/** Events read per wake-up of a stream. */
const BATCH = 200;

/**
 * What the feed's stream serves: from the position given (the beginning when there is none), the
 * events the key may read, `event: <type>`, each with its position as `id` to resume from.
 */
@QueryHandler(StreamEventFeedQuery)
export class StreamEventFeedHandler implements IQueryHandler<StreamEventFeedQuery, SseFeed> {
  constructor(private readonly feed: EventFeedReader) {}

  async execute({ reader, after, types }: StreamEventFeedQuery): Promise<SseFeed> {
    return {
      start: isLogPosition(after) ? after : '0',
      next: async (position) => {
        const read = await this.feed.read(reader, { afterSeq: position, types, limit: BATCH });
        const events = read.events.map((r) => ({
          id: encodeCursor([r.seq]),
          event: r.type,
          data: toFeedEventView(r),
        }));
        return { events, position: read.position };
      },
    };
  }
}
