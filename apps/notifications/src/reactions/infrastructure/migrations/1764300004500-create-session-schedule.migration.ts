import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sessions the notifications service reminds about: their title and start, by version. */
export class CreateSessionSchedule1764300004500 implements MigrationInterface {
  name = 'CreateSessionSchedule1764300004500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_schedule (
        session_id uuid PRIMARY KEY,
        sequence integer NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        timezone text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(`ALTER TABLE session_participants ADD COLUMN occurred_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_participants DROP COLUMN occurred_at`);
    await q.query(`DROP TABLE session_schedule`);
  }
}
