import { contextParts } from '@csg/runtime';
import { EventFeedReader } from './domain/event-feed.ports';
import { SqlEventFeedReader } from './infrastructure/event-feed.reader';
import { IntegrationEventLogProjection } from './infrastructure/integration-event-log.projection';
import { ReadEventFeedController } from './queries/read-event-feed/read-event-feed.controller';
import { ReadEventFeedHandler } from './queries/read-event-feed/read-event-feed.handler';
import { StreamEventFeedController } from './queries/stream-event-feed/stream-event-feed.controller';
import { StreamEventFeedHandler } from './queries/stream-event-feed/stream-event-feed.handler';

/** The event-feed context: the integration event log and the feed integrators read or stream. */
export const EVENT_FEED_PARTS = contextParts({
  useCases: [
    [ReadEventFeedController, ReadEventFeedHandler],
    [StreamEventFeedController, StreamEventFeedHandler],
  ],
  providers: [{ provide: EventFeedReader, useClass: SqlEventFeedReader }, IntegrationEventLogProjection],
});
