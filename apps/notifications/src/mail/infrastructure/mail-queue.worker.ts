import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@csg/messaging';
import { inSpan } from '@csg/observability/tracing';
import { PeriodicWorkerProvider } from '@csg/runtime';
import { SpanKind } from '@opentelemetry/api';
import { mailAttempts } from '../../observability/notifications.metrics';
import { nextMailAttemptAt } from '../domain/mail-retry.rule';
import {
  composeDigestMail,
  composeImmediateMail,
  type ComposedMail,
} from '../domain/notification-mail.composer';
import { readDeliverableMail, type DeliverableMail } from './deliverable-mail.reader';
import { MailSettings } from './mail-settings';
import { createMailSender, type MailSender } from './mail-transport.factory';

interface DueMail {
  id: string;
  recipient_sub: string;
  digest: boolean;
  attempts: number;
}

/**
 * Sends the durable e-mail queue: claims due messages with `FOR UPDATE SKIP LOCKED`, sends each,
 * and records the outcome in the same transaction (a crash mid-send leaves the row due again;
 * a failure is retried on the schedule, then marked FAILED). A message names its recipient and
 * facts; it is composed when sent, from what the recipient may read at that moment (ADR 0053):
 * nothing left to read, it is WITHHELD.
 */
@Injectable()
export class MailQueueWorker extends PeriodicWorkerProvider {
  private sender: MailSender = createMailSender();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly settings: MailSettings,
  ) {
    super({
      name: 'notifications:mail',
      intervalMs: Number(process.env.NOTIFICATIONS_MAIL_INTERVAL_MS ?? 1000),
    });
  }

  /** Tests point the worker at another sender (e.g. an SMTP server they started). */
  useSender(sender: MailSender): void {
    this.sender = sender;
  }

  protected override async work(): Promise<void> {
    while ((await this.expandFanOuts()) > 0) {
      /* until every fan-out is expanded */
    }
    while (await this.sendBatch()) {
      /* until nothing is due */
    }
  }

  /**
   * Turns FANOUT rows (one per announcement or reaction, written with its inbox rows) into one
   * message per person whose notification asked for an immediate e-mail and who has an address,
   * in one statement; what it says is decided when it is sent (the FANOUT row's own subject and
   * text are not used). Each message names its notification, so a withdrawn one (ADR 58) can
   * drop its queued e-mail.
   */
  private expandFanOuts(): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const rows: Array<{ fanouts: number }> = await tx.manager.query(
        `WITH f AS (
           DELETE FROM mail_queue WHERE id IN (
             SELECT id FROM mail_queue WHERE kind = 'FANOUT' AND status = 'PENDING' ORDER BY created_at LIMIT 5 FOR UPDATE SKIP LOCKED)
           RETURNING fanout_fact_id, fanout_first_seq, fanout_last_seq),
         expanded AS (
           INSERT INTO mail_queue (to_address, subject, text_body, recipient_sub, fact_ids, notification_id)
           SELECT DISTINCT ON (f.fanout_fact_id, n.recipient_sub) '', '', '', n.recipient_sub, ARRAY[f.fanout_fact_id], n.id
             FROM f
             JOIN notifications n ON n.seq BETWEEN f.fanout_first_seq AND f.fanout_last_seq
              AND n.fact_id = f.fanout_fact_id AND n.email_delivery = 'IMMEDIATE'
            WHERE EXISTS (SELECT 1 FROM member_directory m WHERE m.sub = n.recipient_sub AND NOT m.removed AND m.email <> '')
           RETURNING 1)
         SELECT (SELECT count(*) FROM f)::int AS fanouts, (SELECT count(*) FROM expanded)::int AS messages`,
      );
      return rows[0].fanouts;
    });
  }

  private sendBatch(): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const due: DueMail[] = await tx.manager.query(
        `SELECT id, recipient_sub, digest, attempts FROM mail_queue
            WHERE status = 'PENDING' AND kind = 'MESSAGE' AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
      const deliverable = await readDeliverableMail(
        tx.manager,
        due.map((mail) => mail.id),
      );
      for (const mail of due) {
        const now = deliverable.get(mail.id);
        if (!now) {
          mailAttempts.inc({ outcome: 'WITHHELD' });
          await tx.manager.query(
            `UPDATE mail_queue SET status = 'WITHHELD', last_error = 'the recipient may no longer read it' WHERE id = $1`,
            [mail.id],
          );
          continue;
        }
        const composed = this.compose(mail, now);
        try {
          // Each attempt in a span continuing the trace(s) that told its facts (ADR 74).
          const attempt = { 'csg.mail.id': mail.id, 'csg.mail.attempt': mail.attempts + 1 };
          await inSpan(
            'mail send',
            { kind: SpanKind.CLIENT, causedBy: now.traceContexts, attributes: attempt },
            () => this.sender({ id: mail.id, to: now.email, ...composed }),
          );
          mailAttempts.inc({ outcome: 'SENT' });
          await tx.manager.query(
            `UPDATE mail_queue SET status = 'SENT', attempts = attempts + 1, sent_at = now(), to_address = $2, subject = $3 WHERE id = $1`,
            [mail.id, now.email, composed.subject],
          );
        } catch (error) {
          const next = nextMailAttemptAt(mail.attempts + 1, new Date());
          mailAttempts.inc({ outcome: next ? 'RETRY' : 'FAILED' });
          await tx.manager.query(
            `UPDATE mail_queue SET attempts = attempts + 1, last_error = $2, status = $3, next_attempt_at = COALESCE($4, next_attempt_at) WHERE id = $1`,
            [
              mail.id,
              String((error as Error).message ?? error).slice(0, 500),
              next ? 'PENDING' : 'FAILED',
              next,
            ],
          );
        }
      }
      return due.length === 20;
    });
  }

  /** The message as it goes out now, with the link that turns its categories off for its recipient. */
  private compose(mail: DueMail, now: DeliverableMail): ComposedMail & { unsubscribeUrl: string } {
    const categories = [...new Set(now.items.map((item) => item.category))];
    const links = {
      readUrl: this.settings.readUrl(),
      unsubscribeUrl: this.settings.unsubscribeUrl(mail.recipient_sub, categories),
    };
    const platform = this.settings.platformName;
    const composed = mail.digest
      ? composeDigestMail(now.items, links, platform)
      : composeImmediateMail(now.items[0], links, platform);
    return { ...composed, unsubscribeUrl: links.unsubscribeUrl };
  }
}
