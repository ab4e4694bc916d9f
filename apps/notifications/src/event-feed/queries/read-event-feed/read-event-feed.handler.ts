import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { encodeCursor } from '@csg/http';
import { isLogPosition } from '../../../streaming/stream-position';
import { EventFeedReader } from '../../domain/event-feed.ports';
import { toFeedEventView, type FeedPageView } from '../feed-event.view';
import { ReadEventFeedQuery } from './read-event-feed.query';

/** At most this many events a read, whatever the caller asks. */
const MOST_EVENTS = 1000;
const DEFAULT_EVENTS = 100;

/**
 * Reads the feed after a position (from the beginning when there is none); `nextCursor` is where
 * to resume, also after an empty read (then it stays where it was, or moves past events the key
 * may not receive).
 */
@QueryHandler(ReadEventFeedQuery)
export class ReadEventFeedHandler implements IQueryHandler<ReadEventFeedQuery, FeedPageView> {
  constructor(private readonly feed: EventFeedReader) {}

  async execute({ reader, after, types, limit }: ReadEventFeedQuery): Promise<FeedPageView> {
    const start = isLogPosition(after) ? after : '0';
    const read = await this.feed.read(reader, {
      afterSeq: start,
      types,
      limit: Math.min(limit ?? DEFAULT_EVENTS, MOST_EVENTS),
    });
    return { items: read.events.map(toFeedEventView), nextCursor: encodeCursor([read.position]) };
  }
}
