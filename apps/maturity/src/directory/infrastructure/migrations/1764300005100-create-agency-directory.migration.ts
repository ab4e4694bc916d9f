import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service's own projection of the agencies service's agencies: campaign audiences select
 * by tier and sector, reports group by them and name agencies for organisers.
 */
export class CreateAgencyDirectory1764300005100 implements MigrationInterface {
  name = 'CreateAgencyDirectory1764300005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_directory (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        tier text NOT NULL,
        sector text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX agency_directory_name_idx ON agency_directory (lower(name), agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}
