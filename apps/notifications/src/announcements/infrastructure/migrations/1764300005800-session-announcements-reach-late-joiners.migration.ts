import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADR 58: an announcement to SESSION_PARTICIPANTS reaches people confirmed after it was published,
 * until the session ends, and is withdrawn from someone whose earlier cancellation arrives late.
 * Sessions and registrations keep when the session ends; an e-mail message names the notification
 * it carries (so a withdrawn one is not sent); published session announcements are found by session.
 */
export class SessionAnnouncementsReachLateJoiners1764300005800 implements MigrationInterface {
  name = 'SessionAnnouncementsReachLateJoiners1764300005800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_schedule ADD COLUMN ends_at timestamptz`);
    await q.query(`ALTER TABLE session_participants ADD COLUMN session_ends_at timestamptz`);
    await q.query(
      `CREATE INDEX session_participants_sub_idx ON session_participants (sub) WHERE sub IS NOT NULL AND status = 'CONFIRMED'`,
    );
    await q.query(`ALTER TABLE mail_queue ADD COLUMN notification_id uuid`);
    await q.query(
      `CREATE INDEX announcements_session_audience_idx ON announcements USING gin (audience_values)
        WHERE audience_kind = 'SESSION_PARTICIPANTS' AND status = 'PUBLISHED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX announcements_session_audience_idx`);
    await q.query(`ALTER TABLE mail_queue DROP COLUMN notification_id`);
    await q.query(`DROP INDEX session_participants_sub_idx`);
    await q.query(`ALTER TABLE session_participants DROP COLUMN session_ends_at`);
    await q.query(`ALTER TABLE session_schedule DROP COLUMN ends_at`);
  }
}
