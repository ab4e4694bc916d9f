import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency directory (see `projectAgency`) for a service that reads agencies by tier, sector,
 * status or name. Add it to the service's migration list after the membership projection.
 *
 * It replaces the directory migrations the sessions, notifications and maturity services used
 * to carry (ADR 67). Their databases already hold `agency_directory`, with its rows: there the
 * table is kept and given what its shape lacked (`jurisdiction`, the index by name), so every
 * database ends with the table a fresh one gets.
 */
export class CreateAgencyDirectory1764300000300 implements MigrationInterface {
  name = 'CreateAgencyDirectory1764300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS agency_directory (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        tier text NOT NULL,
        sector text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        jurisdiction text
      )`);
    await q.query(`ALTER TABLE agency_directory ADD COLUMN IF NOT EXISTS jurisdiction text`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS agency_directory_name_idx ON agency_directory (lower(name), agency_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency_directory`);
  }
}
