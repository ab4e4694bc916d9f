import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members of agencies: one row per (agency, person), with the role there. */
export class CreateMembers1764300001200 implements MigrationInterface {
  name = 'CreateMembers1764300001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        sub text NOT NULL,
        email text NOT NULL,
        display_name text NOT NULL,
        title text,
        role text NOT NULL CHECK (role IN ('agency-admin', 'member')),
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT members_agency_sub_key UNIQUE (agency_id, sub)
      )`);
    await q.query(`CREATE INDEX members_sub_idx ON members (sub)`);
    await q.query(`CREATE INDEX members_agency_order_idx ON members (agency_id, lower(display_name), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE members`);
  }
}
