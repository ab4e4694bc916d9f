import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { tlpReadPredicate, type IntegrationPrincipal } from '@csg/auth';
import { InjectServiceDataSource } from '@csg/persistence';
import { EventFeedReader } from '../domain/event-feed.ports';
import type { FeedRow } from '../domain/feed-event.record';

/**
 * The events an integration key may read, after a position: only its scoped types, and only
 * what its owner or clearance may read (the TLP predicate, in SQL). TLP:RED never.
 */
@Injectable()
export class SqlEventFeedReader extends EventFeedReader {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {
    super();
  }

  read(
    reader: IntegrationPrincipal,
    options: { afterSeq: string; types?: string[]; limit: number },
  ): Promise<FeedRow[]> {
    const types = options.types
      ? options.types.filter((t) => reader.eventTypes.includes(t))
      : reader.eventTypes;
    const params: unknown[] = [options.afterSeq, types, options.limit];
    const tlp = tlpReadPredicate(
      reader,
      {
        tlp: 'e.tlp',
        ownerAgencyId: 'e.owner_agency_id',
        sharedWithAgencyIds: 'e.shared_with_agency_ids',
        recipientSubs: 'e.recipient_subs',
      },
      4,
    );
    params.push(...tlp.params);
    return this.dataSource.manager.query(
      `SELECT e.seq::text AS seq, e.event_id, e.type, e.source, e.subject, e.time, e.data, e.tlp
         FROM integration_events e
        WHERE e.seq > $1::bigint AND e.type = ANY($2::text[]) AND e.tlp <> 'TLP:RED' AND ${tlp.sql}
        ORDER BY e.seq LIMIT $3`,
      params,
    );
  }
}
