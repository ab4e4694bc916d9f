import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notifications service's own read model of agencies, fed by the agencies events. */
export class CreateAgencyDirectory1764300004000 implements MigrationInterface {
  name = 'CreateAgencyDirectory1764300004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_directory (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        tier text NOT NULL,
        jurisdiction text,
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
