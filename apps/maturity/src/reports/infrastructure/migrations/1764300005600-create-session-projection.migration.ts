import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the impact report needs from the sessions service: which subcategories a session's
 * agenda covers (from `frameworkRefs`, expanded) and which agencies attended it.
 */
export class CreateSessionProjection1764300005600 implements MigrationInterface {
  name = 'CreateSessionProjection1764300005600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projected_session_coverage (
        session_id uuid NOT NULL,
        source_id text NOT NULL,
        subcategory_ids text[] NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (session_id, source_id)
      )`);
    await q.query(`
      CREATE TABLE projected_session_attendance (
        session_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (session_id, agency_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projected_session_attendance`);
    await q.query(`DROP TABLE projected_session_coverage`);
  }
}
