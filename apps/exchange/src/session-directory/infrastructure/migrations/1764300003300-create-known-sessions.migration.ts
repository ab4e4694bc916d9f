import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exchange's own read model of sessions (id, status, version), fed by the sessions events:
 * a practice links only to a session it knows (ADR 50).
 */
export class CreateKnownSessions1764300003300 implements MigrationInterface {
  name = 'CreateKnownSessions1764300003300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_sessions (
        session_id uuid PRIMARY KEY,
        status text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT known_sessions_status_check
          CHECK (status IN ('DRAFT', 'SCHEDULED', 'COMPLETED', 'CANCELLED'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_sessions`);
  }
}
