import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Roadmap items and the due-time table their reminders are emitted from (no in-memory timers). */
export class CreateRoadmaps1764300005400 implements MigrationInterface {
  name = 'CreateRoadmaps1764300005400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roadmap_items (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        subcategory_ids text[] NOT NULL,
        owner_sub text,
        priority text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
        effort text NOT NULL CHECK (effort IN ('XS', 'S', 'M', 'L', 'XL')),
        starts_on date,
        due_on date NOT NULL,
        milestones jsonb NOT NULL DEFAULT '[]',
        practice_ids uuid[] NOT NULL DEFAULT '{}',
        session_id uuid,
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
        created_by text NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX roadmap_items_agency_idx ON roadmap_items (agency_id, due_on, id)`);
    await q.query(`
      CREATE TABLE roadmap_reminders (
        item_id uuid PRIMARY KEY REFERENCES roadmap_items (id) ON DELETE CASCADE,
        remind_at timestamptz NOT NULL,
        due_on date NOT NULL,
        emitted_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX roadmap_reminders_due_idx ON roadmap_reminders (remind_at) WHERE emitted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roadmap_reminders`);
    await q.query(`DROP TABLE roadmap_items`);
  }
}
