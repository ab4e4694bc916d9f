import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service's own projection of the exchange's published practices: what they cover (framework
 * references expanded to subcategories), their marking and audience, and which agencies adopted them.
 */
export class CreatePracticeProjection1764300005500 implements MigrationInterface {
  name = 'CreatePracticeProjection1764300005500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projected_practices (
        practice_id uuid PRIMARY KEY,
        owner_agency_id uuid,
        title text,
        framework_refs text[] NOT NULL DEFAULT '{}',
        subcategory_ids text[] NOT NULL DEFAULT '{}',
        tlp text NOT NULL,
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}',
        session_id uuid,
        published boolean NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX projected_practices_subcategories_idx ON projected_practices USING gin (subcategory_ids)`,
    );
    await q.query(`
      CREATE TABLE projected_practice_adoptions (
        practice_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (practice_id, agency_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projected_practice_adoptions`);
    await q.query(`DROP TABLE projected_practices`);
  }
}
