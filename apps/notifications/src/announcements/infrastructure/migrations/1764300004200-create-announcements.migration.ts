import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Announcements, and the due-time table that publishes scheduled ones after any restart. */
export class CreateAnnouncements1764300004200 implements MigrationInterface {
  name = 'CreateAnnouncements1764300004200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE announcements (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        body text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('NORMAL', 'URGENT')),
        audience_kind text NOT NULL,
        audience_values text[] NOT NULL,
        tlp text NOT NULL,
        owner_agency_id uuid,
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'PUBLISHED')),
        publish_at timestamptz NOT NULL,
        published_at timestamptz,
        recipient_count integer,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX announcements_created_idx ON announcements (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE due_jobs (
        kind text NOT NULL,
        ref text NOT NULL,
        due_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        PRIMARY KEY (kind, ref)
      )`);
    await q.query(`CREATE INDEX due_jobs_due_idx ON due_jobs (due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE due_jobs`);
    await q.query(`DROP TABLE announcements`);
  }
}
