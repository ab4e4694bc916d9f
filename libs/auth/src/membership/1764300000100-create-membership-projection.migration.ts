import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The membership projection every service that authorises people carries (see
 * `MembershipProjection`). Add it to the service's migration list, after the outbox and inbox.
 */
export class CreateMembershipProjection1764300000100 implements MigrationInterface {
  name = 'CreateMembershipProjection1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projected_agencies (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        acronym text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED')),
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE projected_memberships (
        agency_id uuid NOT NULL,
        sub text NOT NULL,
        member_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('agency-admin', 'member')),
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (agency_id, sub)
      )`);
    await q.query(`CREATE INDEX projected_memberships_sub_idx ON projected_memberships (sub)`);
    // What removed a membership, so a late or replayed older event cannot bring it back.
    await q.query(`
      CREATE TABLE projected_membership_removals (
        agency_id uuid NOT NULL,
        sub text NOT NULL,
        member_id uuid NOT NULL,
        version integer NOT NULL,
        removed_at timestamptz NOT NULL,
        PRIMARY KEY (agency_id, sub)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projected_membership_removals`);
    await q.query(`DROP TABLE projected_memberships`);
    await q.query(`DROP TABLE projected_agencies`);
  }
}
