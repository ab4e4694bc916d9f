import type { EntityManager } from 'typeorm';
import { tlpReadPredicate, operatesPlatform, type Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import type { SessionState } from '../domain/session.aggregate';
import { AgendaItemOrmEntity } from './agenda-item.orm-entity';
import { sessionFromRows } from './session.mapper';
import type { SessionOrmEntity } from './session.orm-entity';

export interface SessionFilters {
  status?: string;
  from?: Date;
  to?: Date;
}

const COLUMNS = `s.id, s.sequence, s.title, s.description, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
  s.timezone, s.mode, s.venue, s.join_url AS "joinUrl", s.capacity, s.seats_per_agency AS "seatsPerAgency",
  s.invited_tiers AS "invitedTiers", s.invited_sectors AS "invitedSectors", s.invited_agency_ids AS "invitedAgencyIds",
  s.status, s.cancellation_reason AS "cancellationReason", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/**
 * What a caller may see of sessions, as SQL: a session's details are TLP:GREEN (libs/auth's
 * predicate: members of active agencies; organisers and platform-admins as operators), and a
 * draft only operators see.
 */
export function sessionVisibility(principal: Principal, alias: string, firstParam: number) {
  const green = tlpReadPredicate(
    principal,
    {
      tlp: `'TLP:GREEN'`,
      ownerAgencyId: 'NULL::uuid',
      sharedWithAgencyIds: `'{}'::uuid[]`,
      recipientSubs: `'{}'::text[]`,
      underReview: 'true',
    },
    firstParam,
  );
  const drafts = operatesPlatform(principal) ? 'true' : `${alias}.status <> 'DRAFT'`;
  return { sql: `(${green.sql} AND ${drafts})`, params: green.params };
}

/** Sessions in keyset order `(starts_at, id)`, filtered in SQL by what the caller may see. */
export class SessionListReader {
  constructor(private readonly manager: EntityManager) {}

  async list(
    principal: Principal,
    filters: SessionFilters,
    limit: number,
    after?: CursorPosition,
  ): Promise<SessionState[]> {
    const visible = sessionVisibility(principal, 's', 1);
    const params: unknown[] = [...visible.params];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const where = [visible.sql];
    if (filters.status) where.push(`s.status = ${$(filters.status)}`);
    if (filters.from) where.push(`s.starts_at >= ${$(filters.from)}`);
    if (filters.to) where.push(`s.starts_at < ${$(filters.to)}`);
    if (after) where.push(`(s.starts_at, s.id) > (${$(after[0])}::timestamptz, ${$(after[1])}::uuid)`);
    const rows: SessionOrmEntity[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM sessions s WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT ${$(limit)}`,
      params,
    );
    return this.withAgendas(rows);
  }

  /** One session if the caller may see it. */
  async findVisible(principal: Principal, id: string): Promise<SessionState | null> {
    const visible = sessionVisibility(principal, 's', 2);
    const rows: SessionOrmEntity[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM sessions s WHERE s.id = $1 AND ${visible.sql}`,
      [id, ...visible.params],
    );
    const [session] = await this.withAgendas(rows);
    return session ?? null;
  }

  private async withAgendas(rows: SessionOrmEntity[]): Promise<SessionState[]> {
    if (rows.length === 0) return [];
    const items: Array<AgendaItemOrmEntity> = await this.manager
      .createQueryBuilder(AgendaItemOrmEntity, 'i')
      .where('i.session_id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .orderBy('i.starts_at')
      .getMany();
    return rows.map((row) =>
      sessionFromRows(
        row,
        items.filter((i) => i.sessionId === row.id),
      ),
    );
  }
}
