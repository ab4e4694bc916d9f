import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fan-out writes one row per recipient, so every byte and every index of that row is paid
 * 100,000 times for an announcement to everyone (ADR 0038). What a notification says (title,
 * body, marking, …) becomes one `notification_facts` row per fact, unique by (kind, source): a
 * redelivered fact finds it and tells nobody again. Each recipient gets a narrow `notifications`
 * row with ONE B-tree, its inbox order (recipient, seq); `seq` only grows, so a BRIN index serves
 * the e-mail expansion, which reads a fan-out's range. A fan-out's immediate e-mails are one
 * `FANOUT` row of the mail queue, expanded into per-person messages after the commit.
 * The inbox rows of the first layout are development data only and are not carried over.
 */
export class LighterFanOut1764300004600 implements MigrationInterface {
  name = 'LighterFanOut1764300004600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`
      CREATE TABLE notification_facts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL,
        kind text NOT NULL,
        source_id text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        priority text NOT NULL,
        tlp text NOT NULL,
        owner_agency_id uuid,
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, source_id)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        recipient_sub text NOT NULL,
        seq bigserial NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        fact_id uuid NOT NULL,
        in_app boolean NOT NULL,
        email_delivery text NOT NULL,
        digested_at timestamptz,
        read_at timestamptz,
        PRIMARY KEY (recipient_sub, seq)
      )`);
    await q.query(`CREATE INDEX notifications_seq_brin ON notifications USING brin (seq)`);
    await q.query(
      `CREATE INDEX notifications_digest_idx ON notifications (recipient_sub) WHERE email_delivery = 'DIGEST' AND digested_at IS NULL`,
    );
    await q.query(
      `ALTER TABLE mail_queue ADD COLUMN kind text NOT NULL DEFAULT 'MESSAGE' CHECK (kind IN ('MESSAGE', 'FANOUT'))`,
    );
    await q.query(
      `ALTER TABLE mail_queue ADD COLUMN fanout_fact_id uuid, ADD COLUMN fanout_first_seq bigint, ADD COLUMN fanout_last_seq bigint`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE mail_queue DROP COLUMN fanout_last_seq, DROP COLUMN fanout_first_seq, DROP COLUMN fanout_fact_id, DROP COLUMN kind`,
    );
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE notification_facts`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), seq bigserial NOT NULL UNIQUE, recipient_sub text NOT NULL,
        category text NOT NULL, kind text NOT NULL, title text NOT NULL, body text NOT NULL, priority text NOT NULL DEFAULT 'NORMAL',
        source_id text NOT NULL, tlp text NOT NULL, owner_agency_id uuid, shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}', in_app boolean NOT NULL, email_delivery text NOT NULL,
        digested_at timestamptz, read_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recipient_sub, kind, source_id))`);
  }
}
