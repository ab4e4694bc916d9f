import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A queued e-mail names its recipient and its facts instead of carrying a finished text: it is
 * composed when sent, marked, as a notice for TLP:RED and TLP:AMBER+STRICT, and only from what
 * the recipient may still read then (ADR 0053); WITHHELD when nothing is left. Messages still
 * pending from before were composed without markings (a TLP:RED title and body in full): they are
 * withheld, not sent.
 */
export class MailComposedWhenSent1764300005300 implements MigrationInterface {
  name = 'MailComposedWhenSent1764300005300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE mail_queue ADD COLUMN recipient_sub text, ADD COLUMN fact_ids uuid[],
         ADD COLUMN digest boolean NOT NULL DEFAULT false`,
    );
    await q.query(`ALTER TABLE mail_queue DROP CONSTRAINT mail_queue_status_check`);
    await q.query(
      `ALTER TABLE mail_queue ADD CONSTRAINT mail_queue_status_check
         CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'WITHHELD'))`,
    );
    await q.query(
      `UPDATE mail_queue SET status = 'WITHHELD', last_error = 'composed before markings (ADR 0053): not sent'
        WHERE kind = 'MESSAGE' AND status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE mail_queue SET status = 'FAILED' WHERE status = 'WITHHELD'`);
    await q.query(`ALTER TABLE mail_queue DROP CONSTRAINT mail_queue_status_check`);
    await q.query(
      `ALTER TABLE mail_queue ADD CONSTRAINT mail_queue_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED'))`,
    );
    await q.query(
      `ALTER TABLE mail_queue DROP COLUMN digest, DROP COLUMN fact_ids, DROP COLUMN recipient_sub`,
    );
  }
}
