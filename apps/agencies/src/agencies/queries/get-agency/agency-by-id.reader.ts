import type { DataSource } from 'typeorm';
import { Agency } from '../../domain/agency.aggregate';
import { agencyFromRow } from '../../infrastructure/agency.mapper';
import type { AgencyOrmEntity } from '../../infrastructure/agency.orm-entity';

/** A named statement: each pooled connection parses and plans it once (docs/benchmarks.md). */
const AGENCY_BY_ID = {
  name: 'agencies.get-agency.by-id',
  text: `SELECT id, name, acronym, tier, jurisdiction, sector, parent_agency_id AS "parentAgencyId",
                contact_email AS "contactEmail", website, status, version, created_at AS "createdAt",
                updated_at AS "updatedAt", applicant_sub AS "applicantSub",
                applicant_display_name AS "applicantDisplayName", applicant_email AS "applicantEmail"
           FROM agencies WHERE id = $1`,
};

interface NamedQueryPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: AgencyOrmEntity[] }>;
}

/**
 * The read path of one agency in plain SQL, without the query builder and entity transformation
 * (the profile of `GET /agencies/{id}` showed them as the largest share of its JavaScript time).
 */
export class AgencyByIdReader {
  private readonly pool?: NamedQueryPool;

  constructor(private readonly dataSource: DataSource) {
    const master = (dataSource.driver as { master?: Partial<NamedQueryPool> }).master;
    this.pool = typeof master?.query === 'function' ? (master as NamedQueryPool) : undefined;
  }

  async find(id: string): Promise<Agency | null> {
    const rows = this.pool
      ? (await this.pool.query({ ...AGENCY_BY_ID, values: [id] })).rows
      : ((await this.dataSource.query(AGENCY_BY_ID.text, [id])) as AgencyOrmEntity[]);
    return rows.length > 0 ? Agency.restore(agencyFromRow(rows[0])) : null;
  }
}
