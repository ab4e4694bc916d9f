import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One rating per attendee and session: the unique key keeps "once" true under concurrency. */
export class CreateFeedback1764300002300 implements MigrationInterface {
  name = 'CreateFeedback1764300002300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feedback (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id),
        registration_id uuid NOT NULL REFERENCES registrations (id),
        sub text NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text,
        submitted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX feedback_once_per_person ON feedback (session_id, sub)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE feedback`);
  }
}
