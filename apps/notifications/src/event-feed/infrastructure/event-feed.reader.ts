import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { egressDecision, markingsUpTo, type IntegrationPrincipal } from '@csg/auth';
import { InjectServiceDataSource } from '@csg/persistence';
import { EventFeedReader, type FeedRead } from '../domain/event-feed.ports';
import type { FeedRow } from '../domain/feed-event.record';
import { definitionOf, loadEgressWorld } from './egress-world.loader';

/** Rows examined per statement, and statements per read, before answering with what was found. */
const SCAN_BATCH = 500;
const SCAN_ROUNDS = 8;

/**
 * The events an integration key may receive, after a position: its scoped types, narrowed in SQL
 * to the markings its clearance reaches (never TLP:RED), then decided one by one by the egress
 * policy (libs/auth `egressDecision`: the type's declaration, the thing's state now, the key's
 * agency now) and answered in the view the key may read.
 */
@Injectable()
export class SqlEventFeedReader extends EventFeedReader {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {
    super();
  }

  async read(
    reader: IntegrationPrincipal,
    options: { afterSeq: string; types?: string[]; limit: number },
  ): Promise<FeedRead> {
    const types = (
      options.types ? options.types.filter((t) => reader.eventTypes.includes(t)) : reader.eventTypes
    ).filter((t) => definitionOf(t)?.egress && definitionOf(t)?.egress?.to !== 'nobody');
    const markings = markingsUpTo(reader.tlpClearance).filter((m) => m !== 'TLP:RED');
    const events: FeedRow[] = [];
    let position = options.afterSeq;
    if (types.length === 0 || markings.length === 0) return { events, position };
    for (let round = 0; round < SCAN_ROUNDS && events.length < options.limit; round++) {
      const rows: FeedRow[] = await this.dataSource.manager.query(
        `SELECT e.seq::text AS seq, e.event_id, e.type, e.source, e.subject, e.time, e.data, e.tlp
           FROM integration_events e
          WHERE e.seq > $1::bigint AND e.type = ANY($2::text[]) AND e.tlp = ANY($3::text[])
          ORDER BY e.seq LIMIT $4`,
        [position, types, markings, SCAN_BATCH],
      );
      if (rows.length === 0) break;
      const world = await loadEgressWorld(this.dataSource.manager, rows, [reader.ownerAgencyId]);
      for (const row of rows) {
        position = row.seq;
        const definition = definitionOf(row.type);
        const decision = definition
          ? egressDecision(definition, (row.data ?? {}) as Record<string, unknown>, reader, world)
          : undefined;
        if (decision?.deliver) events.push({ ...row, data: decision.data });
        if (events.length === options.limit) break;
      }
      if (rows.length < SCAN_BATCH) break;
    }
    return { events, position };
  }
}
