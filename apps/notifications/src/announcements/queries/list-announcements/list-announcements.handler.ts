import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { isPerson, operatesPlatform, tlpReadPredicate, type Principal } from '@csg/auth';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { announcementFromRow, type AnnouncementRow } from '../../infrastructure/announcement.repository';
import { toAnnouncementView, type AnnouncementView } from '../announcement.view';
import { ListAnnouncementsQuery } from './list-announcements.query';

const COLUMNS = {
  tlp: 'an.tlp',
  ownerAgencyId: 'an.owner_agency_id',
  sharedWithAgencyIds: 'an.shared_with_agency_ids',
  recipientSubs: 'an.recipient_subs',
};

/**
 * Operators see every announcement (scheduled ones too) except TLP:RED ones they neither wrote
 * nor received; everyone else sees the published ones that reached their inbox and that the TLP
 * rule still lets them read, filtered in SQL.
 */
@QueryHandler(ListAnnouncementsQuery)
export class ListAnnouncementsHandler implements IQueryHandler<
  ListAnnouncementsQuery,
  Page<AnnouncementView>
> {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  async execute({ principal, limit, after }: ListAnnouncementsQuery): Promise<Page<AnnouncementView>> {
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(an.created_at, an.id) < ($2::timestamptz, $3::uuid)`);
    }
    where.push(this.visibility(principal, params));
    const rows: Array<AnnouncementRow & { cursor_at: string }> = await this.dataSource.query(
      `SELECT an.*, to_char(an.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM announcements an WHERE ${where.join(' AND ')}
        ORDER BY an.created_at DESC, an.id DESC LIMIT $1`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => [r.cursor_at, r.id],
      (r) => toAnnouncementView(announcementFromRow(r).snapshot()),
    );
  }

  private visibility(principal: Principal, params: unknown[]): string {
    if (!isPerson(principal)) return 'false';
    params.push(principal.sub);
    const sub = `$${params.length}`;
    if (operatesPlatform(principal))
      return `(an.tlp <> 'TLP:RED' OR an.created_by = ${sub} OR ${sub} = ANY(an.recipient_subs))`;
    const tlp = tlpReadPredicate(principal, COLUMNS, params.length + 1);
    params.push(...tlp.params);
    return `an.status = 'PUBLISHED' AND ${tlp.sql} AND EXISTS (
      SELECT 1 FROM notification_facts f JOIN notifications n ON n.fact_id = f.id AND n.recipient_sub = ${sub}
       WHERE f.kind = 'announcement' AND f.source_id = an.id::text)`;
  }
}
