import type { EntityManager } from 'typeorm';
import type { CursorPosition } from '@csg/http';
import type { Viewer } from '../domain/agency-visibility.rule';
import type { AgencyOrmEntity } from './agency.orm-entity';

export interface AgencyFilters {
  tier?: string;
  sector?: string;
  jurisdiction?: string;
  parentAgencyId?: string;
  status?: string;
  q?: string;
}

export type AgencyListRow = AgencyOrmEntity & { sortName: string };

const COLUMNS = `a.id, a.name, a.acronym, a.tier, a.jurisdiction, a.sector,
  a.parent_agency_id AS "parentAgencyId", a.contact_email AS "contactEmail", a.website, a.status,
  a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  a.applicant_sub AS "applicantSub", a.applicant_display_name AS "applicantDisplayName",
  a.applicant_email AS "applicantEmail", lower(a.name) AS "sortName"`;

/** `%`, `_` and `\` match themselves. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The agency directory in keyset order `(lower(name), id)`, filtered in SQL by what the viewer
 * may see (the same rule as `agencyIsVisibleTo`) and by the query. `q` is split into words;
 * each must occur, as a whole or partial word, in the name or the acronym (a trigram index
 * serves the `LIKE '%word%'`).
 */
export class AgencyListReader {
  constructor(private readonly manager: EntityManager) {}

  list(
    filters: AgencyFilters,
    viewer: Viewer,
    limit: number,
    after?: CursorPosition,
  ): Promise<AgencyListRow[]> {
    const params: unknown[] = [];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (!viewer.operatesPlatform) {
      where.push(
        `(a.status = 'ACTIVE' OR a.id = ANY(${$(viewer.memberOf)}::uuid[]) OR a.applicant_sub = ${$(viewer.sub)})`,
      );
    }
    if (filters.tier) where.push(`a.tier = ${$(filters.tier)}`);
    if (filters.sector) where.push(`a.sector = ${$(filters.sector)}`);
    if (filters.status) where.push(`a.status = ${$(filters.status)}`);
    if (filters.parentAgencyId) where.push(`a.parent_agency_id = ${$(filters.parentAgencyId)}`);
    if (filters.jurisdiction) where.push(`lower(a.jurisdiction) = lower(${$(filters.jurisdiction.trim())})`);
    for (const word of (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      where.push(`a.search_text LIKE ${$(`%${likeLiteral(word)}%`)}`);
    }
    if (after) where.push(`(lower(a.name), a.id) > (${$(after[0])}, ${$(after[1])}::uuid)`);
    return this.manager.query(
      `SELECT ${COLUMNS} FROM agencies a
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(a.name), a.id
        LIMIT ${$(limit)}`,
      params,
    );
  }
}
