import type { EntityManager } from 'typeorm';
import type { CursorPosition } from '@csg/http';
import type { MemberOrmEntity } from './member.orm-entity';

export type MemberListRow = MemberOrmEntity & { sortName: string };

export interface MembershipRow {
  memberId: string;
  agencyId: string;
  agencyName: string;
  agencyAcronym: string;
  agencyStatus: string;
  role: string;
  displayName: string;
  title: string | null;
  email: string;
  version: number;
}

const COLUMNS = `m.id, m.agency_id AS "agencyId", m.sub, m.email, m.display_name AS "displayName", m.title,
  m.role, m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt", lower(m.display_name) AS "sortName"`;

/** Members of an agency in keyset order `(lower(display_name), id)`, and a person's memberships. */
export class MemberListReader {
  constructor(private readonly manager: EntityManager) {}

  list(agencyId: string, limit: number, after?: CursorPosition): Promise<MemberListRow[]> {
    const page = after ? `AND (lower(m.display_name), m.id) > ($3, $4::uuid)` : '';
    return this.manager.query(
      `SELECT ${COLUMNS} FROM members m
        WHERE m.agency_id = $1 ${page}
        ORDER BY lower(m.display_name), m.id
        LIMIT $2`,
      [agencyId, limit, ...(after ?? [])],
    );
  }

  /** Every agency the person belongs to, with the agency's name and status. */
  membershipsOf(sub: string): Promise<MembershipRow[]> {
    return this.manager.query(
      `SELECT m.id AS "memberId", m.agency_id AS "agencyId", a.name AS "agencyName",
              a.acronym AS "agencyAcronym", a.status AS "agencyStatus", m.role,
              m.display_name AS "displayName", m.title, m.email, m.version
         FROM members m JOIN agencies a ON a.id = m.agency_id
        WHERE m.sub = $1
        ORDER BY lower(a.name), a.id`,
      [sub],
    );
  }
}
