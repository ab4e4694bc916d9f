import type { MigrationInterface, QueryRunner } from 'typeorm';

const SECTORS = [
  'EDUCATION',
  'INFORMATION_TECHNOLOGY',
  'IMMIGRATION',
  'HOME_AFFAIRS',
  'FINANCE',
  'HEALTH',
  'ENERGY',
  'TELECOM',
  'DEFENCE',
  'LAW_ENFORCEMENT',
  'LOCAL_GOVERNMENT',
  'OTHER',
];

/**
 * Applications (who applied for a pending agency), the rules the table can hold itself, and the
 * indexes the directory needs: trigram search on name and acronym (ADR 8), keyset order by
 * name, children of a parent.
 */
export class AddAgencyApplicationsAndSearch1764300001100 implements MigrationInterface {
  name = 'AddAgencyApplicationsAndSearch1764300001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agencies
        ADD COLUMN applicant_sub text,
        ADD COLUMN applicant_display_name text,
        ADD COLUMN applicant_email text,
        ADD CONSTRAINT agencies_sector_check CHECK (sector IN (${SECTORS.map((s) => `'${s}'`).join(', ')})),
        ADD CONSTRAINT agencies_jurisdiction_check CHECK (tier = 'FEDERAL' OR jurisdiction IS NOT NULL),
        ADD CONSTRAINT agencies_not_own_parent_check CHECK (parent_agency_id <> id),
        ADD COLUMN search_text text GENERATED ALWAYS AS (lower(name || ' ' || acronym)) STORED`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX agencies_search_trgm_idx ON agencies USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX agencies_name_order_idx ON agencies (lower(name), id)`);
    await q.query(`CREATE INDEX agencies_parent_idx ON agencies (parent_agency_id)`);
    await q.query(
      `CREATE INDEX agencies_applicant_idx ON agencies (applicant_sub) WHERE applicant_sub IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agencies_applicant_idx`);
    await q.query(`DROP INDEX agencies_parent_idx`);
    await q.query(`DROP INDEX agencies_name_order_idx`);
    await q.query(`DROP INDEX agencies_search_trgm_idx`);
    await q.query(`
      ALTER TABLE agencies
        DROP COLUMN search_text,
        DROP CONSTRAINT agencies_not_own_parent_check,
        DROP CONSTRAINT agencies_jurisdiction_check,
        DROP CONSTRAINT agencies_sector_check,
        DROP COLUMN applicant_email,
        DROP COLUMN applicant_display_name,
        DROP COLUMN applicant_sub`);
  }
}
