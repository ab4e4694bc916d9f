import type { EntityManager } from 'typeorm';
import { operatesPlatform, tlpReadPredicate, type Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import type { MaterialOrmEntity } from './material.orm-entity';

/** The agencies with a confirmed place in the material's session (TLP:AMBER shares with them). */
const PARTICIPATING_AGENCIES = `ARRAY(SELECT r.agency_id FROM registrations r WHERE r.session_id = m.session_id AND r.status = 'CONFIRMED')`;
/** The people with a confirmed place (TLP:RED: the people in the room). */
const PARTICIPANTS = `ARRAY(SELECT r.sub FROM registrations r WHERE r.session_id = m.session_id AND r.status = 'CONFIRMED' AND r.sub IS NOT NULL)`;

/**
 * A session's materials the caller may read, with libs/auth's TLP predicate inside the SQL:
 * what a caller may not read is absent from the list. Materials of a draft exist for operators only.
 */
export class MaterialListReader {
  constructor(private readonly manager: EntityManager) {}

  async sessionExistsFor(principal: Principal, sessionId: string): Promise<boolean> {
    const drafts = operatesPlatform(principal) ? '' : ` AND status <> 'DRAFT'`;
    const rows = await this.manager.query(`SELECT 1 FROM sessions WHERE id = $1${drafts}`, [sessionId]);
    return rows.length > 0;
  }

  async list(
    principal: Principal,
    sessionId: string,
    limit: number,
    after?: CursorPosition,
  ): Promise<MaterialOrmEntity[]> {
    const readable = tlpReadPredicate(
      principal,
      {
        tlp: 'm.tlp',
        ownerAgencyId: 'm.owner_agency_id',
        sharedWithAgencyIds: PARTICIPATING_AGENCIES,
        recipientSubs: PARTICIPANTS,
        underReview: 'true',
      },
      2,
    );
    const params: unknown[] = [sessionId, ...readable.params];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const where = ['m.session_id = $1', readable.sql];
    if (after) where.push(`(m.published_at, m.id) > (${$(after[0])}::timestamptz, ${$(after[1])}::uuid)`);
    return this.manager.query(
      `SELECT m.id, m.session_id AS "sessionId", m.title, m.url, m.agenda_item_id AS "agendaItemId", m.tlp,
              m.owner_agency_id AS "ownerAgencyId", m.published_by AS "publishedBy", m.published_at AS "publishedAt"
         FROM materials m WHERE ${where.join(' AND ')} ORDER BY m.published_at, m.id LIMIT ${$(limit)}`,
      params,
    );
  }
}
