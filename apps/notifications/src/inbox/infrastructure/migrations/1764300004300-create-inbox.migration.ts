import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyone's notifications in one table (one row per person and fact; the unique source key makes
 * a redelivered fact a no-op), their preferences, and the e-mail send queue.
 */
export class CreateInbox1764300004300 implements MigrationInterface {
  name = 'CreateInbox1764300004300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        recipient_sub text NOT NULL,
        category text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        priority text NOT NULL DEFAULT 'NORMAL',
        source_id text NOT NULL,
        tlp text NOT NULL,
        owner_agency_id uuid,
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}',
        in_app boolean NOT NULL,
        email_delivery text NOT NULL CHECK (email_delivery IN ('NONE', 'IMMEDIATE', 'DIGEST')),
        digested_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recipient_sub, kind, source_id)
      )`);
    await q.query(
      `CREATE INDEX notifications_inbox_idx ON notifications (recipient_sub, seq DESC) WHERE in_app`,
    );
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_sub) WHERE in_app AND read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notifications_digest_idx ON notifications (recipient_sub) WHERE email_delivery = 'DIGEST' AND digested_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE notification_preferences (
        sub text NOT NULL,
        category text NOT NULL,
        channels text[] NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (sub, category)
      )`);
    await q.query(`
      CREATE TABLE mail_queue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_queue_due_idx ON mail_queue (next_attempt_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_queue`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
  }
}
