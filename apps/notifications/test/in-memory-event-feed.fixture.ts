import type { IntegrationPrincipal } from '@csg/auth';
import { EventFeedReader } from '../src/event-feed/domain/event-feed.ports';
import type { FeedRow } from '../src/event-feed/domain/feed-event.record';
import type { FeedRead } from '../src/event-feed/domain/event-feed.ports';

/*
 * An in-memory event log for the feed handlers' specs (beside them, not in
 * apps/notifications/test, while that folder's fixtures are being reworked). It answers by
 * position and type scope as the SQL does; the TLP predicate is the SQL's and is not repeated here.
 */
export class InMemoryEventFeed extends EventFeedReader {
  readonly events: FeedRow[] = [];
  readonly asked: Array<{ afterSeq: string; types?: string[]; limit: number }> = [];

  given(type: string, overrides: Partial<FeedRow> = {}): FeedRow {
    const seq = String(this.events.length + 1);
    const row: FeedRow = {
      seq,
      event_id: `event-${seq}`,
      type,
      source: '/csg/exchange',
      subject: null,
      time: new Date(Date.UTC(2026, 0, 1, 0, Number(seq))),
      data: { n: Number(seq) },
      tlp: 'TLP:GREEN',
      ...overrides,
    };
    this.events.push(row);
    return row;
  }

  async read(
    reader: IntegrationPrincipal,
    options: { afterSeq: string; types?: string[]; limit: number },
  ): Promise<FeedRead> {
    this.asked.push(options);
    const types = options.types
      ? options.types.filter((t) => reader.eventTypes.includes(t))
      : reader.eventTypes;
    const events: FeedRow[] = [];
    let position = options.afterSeq;
    for (const e of this.events) {
      if (events.length === options.limit) break;
      if (BigInt(e.seq) <= BigInt(options.afterSeq) || !types.includes(e.type)) continue;
      position = e.seq;
      if (!this.withheld.has(e.seq)) events.push(e);
    }
    return { events, position };
  }

  /** Positions the egress policy refuses this key (the SQL reader asks libs/auth; specs say so here). */
  readonly withheld = new Set<string>();
}

export const PUBLISHED = 'csg.exchange.practice.published.v1';
export const REGISTERED = 'csg.agencies.agency.registered.v1';

export const feedKey = (eventTypes: string[] = [PUBLISHED, REGISTERED]): IntegrationPrincipal => ({
  kind: 'integration',
  clientId: 'client-1',
  ownerAgencyId: null,
  eventTypes,
  tlpClearance: 'TLP:GREEN',
});
