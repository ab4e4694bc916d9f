import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people announcements reach: members with their e-mail (from the agencies events), and the
 * confirmed participants of sessions (from the sessions events). Removals stay as tombstones so a
 * late, older event cannot bring someone back.
 */
export class CreateMemberDirectory1764300004100 implements MigrationInterface {
  name = 'CreateMemberDirectory1764300004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_directory (
        agency_id uuid NOT NULL,
        sub text NOT NULL,
        member_id uuid NOT NULL,
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        removed boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (agency_id, sub)
      )`);
    await q.query(`CREATE INDEX member_directory_sub_idx ON member_directory (sub) WHERE NOT removed`);
    await q.query(`CREATE INDEX agency_directory_tier_sector_idx ON agency_directory (status, tier, sector)`);
    await q.query(`
      CREATE TABLE session_participants (
        registration_id uuid PRIMARY KEY,
        session_id uuid NOT NULL,
        agency_id uuid,
        sub text,
        email text,
        name text,
        status text NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX session_participants_session_idx ON session_participants (session_id, status)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_participants`);
    await q.query(`DROP INDEX agency_directory_tier_sector_idx`);
    await q.query(`DROP TABLE member_directory`);
  }
}
