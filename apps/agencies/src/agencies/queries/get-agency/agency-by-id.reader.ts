import type { DataSource } from 'typeorm';
import { namedStatement, rowsOfNamed } from '@csg/persistence';
import { Agency } from '../../domain/agency.aggregate';
import { agencyFromRow } from '../../infrastructure/agency.mapper';
import type { AgencyOrmEntity } from '../../infrastructure/agency.orm-entity';

/** A named statement: each pooled connection parses and plans it once (ADR 49). */
const AGENCY_BY_ID = namedStatement(
  'agencies.get-agency.by-id',
  `SELECT id, name, acronym, tier, jurisdiction, sector, parent_agency_id AS "parentAgencyId",
          contact_email AS "contactEmail", website, status, version, created_at AS "createdAt",
          updated_at AS "updatedAt", applicant_sub AS "applicantSub",
          applicant_display_name AS "applicantDisplayName", applicant_email AS "applicantEmail"
     FROM agencies WHERE id = $1`,
);

/**
 * The read path of one agency in plain SQL, without the query builder and entity transformation
 * (the profile of `GET /agencies/{id}` showed them as the largest share of its JavaScript time).
 */
export class AgencyByIdReader {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<Agency | null> {
    const rows = await rowsOfNamed<AgencyOrmEntity>(this.dataSource, AGENCY_BY_ID, [id]);
    return rows.length > 0 ? Agency.restore(agencyFromRow(rows[0])) : null;
  }
}
