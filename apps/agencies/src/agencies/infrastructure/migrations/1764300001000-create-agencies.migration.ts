import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgencies1764300001000 implements MigrationInterface {
  name = 'CreateAgencies1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        tier text NOT NULL CHECK (tier IN ('FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL')),
        jurisdiction text,
        sector text NOT NULL,
        parent_agency_id uuid REFERENCES agencies (id),
        contact_email text NOT NULL,
        website text,
        status text NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED')),
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX agencies_acronym_key ON agencies (lower(acronym))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agencies`);
  }
}
