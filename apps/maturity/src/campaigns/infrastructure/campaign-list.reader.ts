import type { EntityManager } from 'typeorm';
import type { Caller } from '../../access/caller.util';
import { campaignVisibleSql } from './audience.sql';
import type { CampaignOrmEntity } from './campaign.orm-entity';

const COLUMNS = `c.id, c.name, c.framework_id AS "frameworkId", c.opens_at AS "opensAt", c.closes_at AS "closesAt",
  c.session_ids AS "sessionIds", c.audience_kind AS "audienceKind", c.audience_values AS "audienceValues",
  c.targets, c.status, c.opened_by AS "openedBy", c.closed_at AS "closedAt", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

export type CampaignRow = CampaignOrmEntity & { sortKey: string };

/** Campaigns the caller may see (ADR 0044), newest first, filtered in SQL. */
export class CampaignListReader {
  constructor(private readonly manager: EntityManager) {}

  list(
    caller: Caller,
    filters: { status?: string },
    limit: number,
    after?: readonly [string, string],
  ): Promise<CampaignRow[]> {
    const params: unknown[] = [];
    const $ = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (!caller.operatesPlatform) where.push(campaignVisibleSql('c', $(caller.agencyIds)));
    if (filters.status) where.push(`c.status = ${$(filters.status)}`);
    if (after) where.push(`(c.created_at, c.id) < (${$(after[0])}::timestamptz, ${$(after[1])}::uuid)`);
    return this.manager.query(
      `SELECT ${COLUMNS}, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey"
         FROM campaigns c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${$(limit)}`,
      params,
    );
  }

  async visible(caller: Caller, id: string): Promise<CampaignRow | null> {
    const params: unknown[] = [id];
    const visibility = caller.operatesPlatform
      ? 'true'
      : campaignVisibleSql('c', `$${params.push(caller.agencyIds)}`);
    const [row] = await this.manager.query(
      `SELECT ${COLUMNS}, '' AS "sortKey" FROM campaigns c WHERE c.id = $1 AND ${visibility}`,
      params,
    );
    return row ?? null;
  }
}
