import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments (one level of replies) and endorsements (one per agency and practice). */
export class CreateCommentsAndEndorsements1764300003100 implements MigrationInterface {
  name = 'CreateCommentsAndEndorsements1764300003100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_comments (
        id uuid PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES practices (id),
        parent_id uuid REFERENCES practice_comments (id),
        author_sub text NOT NULL,
        author_name text,
        body text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        removed_at timestamptz,
        CONSTRAINT practice_comments_removed_have_no_body CHECK ((removed_at IS NULL) = (body IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX practice_comments_thread_idx ON practice_comments (practice_id, created_at, id)`,
    );
    await q.query(`
      CREATE TABLE practice_endorsements (
        id uuid PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES practices (id),
        agency_id uuid NOT NULL,
        endorser_sub text NOT NULL,
        note text,
        created_at timestamptz NOT NULL,
        CONSTRAINT practice_endorsements_once_per_agency UNIQUE (practice_id, agency_id)
      )`);
    await q.query(
      `CREATE INDEX practice_endorsements_order_idx ON practice_endorsements (practice_id, created_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_endorsements`);
    await q.query(`DROP TABLE practice_comments`);
  }
}
