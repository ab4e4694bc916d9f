import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sessions the impact report knows, with the version of the last state applied (a guard against stale events). */
export class CreateProjectedSessions1764300005700 implements MigrationInterface {
  name = 'CreateProjectedSessions1764300005700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projected_sessions (
        session_id uuid PRIMARY KEY,
        title text NOT NULL,
        status text NOT NULL,
        starts_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX projected_practices_session_idx ON projected_practices (session_id) WHERE session_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projected_practices_session_idx`);
    await q.query(`DROP TABLE projected_sessions`);
  }
}
