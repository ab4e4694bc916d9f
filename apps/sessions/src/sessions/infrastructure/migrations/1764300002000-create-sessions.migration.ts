import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions and their agenda items. `sequence` is the session's number in the programme (unique). */
export class CreateSessions1764300002000 implements MigrationInterface {
  name = 'CreateSessions1764300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        sequence integer NOT NULL CHECK (sequence >= 1),
        title text NOT NULL,
        description text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        timezone text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
        venue text,
        join_url text,
        capacity integer NOT NULL CHECK (capacity >= 1),
        seats_per_agency integer CHECK (seats_per_agency >= 1),
        invited_tiers text[],
        invited_sectors text[],
        invited_agency_ids uuid[],
        status text NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
        cancellation_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX sessions_sequence_key ON sessions (sequence)`);
    await q.query(`CREATE INDEX sessions_starts_at ON sessions (starts_at, id)`);
    await q.query(`
      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('KEYNOTE', 'PRESENTATION', 'WORKSHOP', 'EXERCISE', 'PANEL', 'DISCUSSION', 'BREAK')),
        title text NOT NULL,
        abstract text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        track text,
        speakers jsonb NOT NULL,
        framework_refs text[] NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX agenda_items_session ON agenda_items (session_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agenda_items`);
    await q.query(`DROP TABLE sessions`);
  }
}
