import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sessions service's own read model of agencies (tier, sector, status), fed by the agencies
 * events: invitation scopes and the participation report group by it.
 */
export class CreateSessionAgencyDirectory1764300002050 implements MigrationInterface {
  name = 'CreateSessionAgencyDirectory1764300002050';

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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}
