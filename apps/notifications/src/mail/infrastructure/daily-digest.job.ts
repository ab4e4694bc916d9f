import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DueJobHandler } from '../../scheduling/infrastructure/due-jobs';
import { scheduleJob } from '../../scheduling/infrastructure/due-jobs';
import { nextDigestAt } from '../domain/digest-schedule.rule';

export const DIGEST_JOB = 'daily-digest';

export function digestConfig(env: NodeJS.ProcessEnv = process.env): { hour: number; timeZone: string } {
  return { hour: Number(env.DIGEST_HOUR ?? 8), timeZone: env.DIGEST_TIME_ZONE ?? 'Asia/Karachi' };
}

/**
 * The daily digest: one e-mail per person with everything waiting for it (DAILY_DIGEST
 * categories), queued and marked digested in one set-based statement, then the next run
 * scheduled at the configured local hour. The message names its facts; the mail worker composes
 * it when it sends, from the items the person may still read then (ADR 0053).
 */
@Injectable()
export class DailyDigestJob implements DueJobHandler {
  readonly kind = DIGEST_JOB;

  async run(_ref: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `WITH waiting AS (
         UPDATE notifications n SET digested_at = now() FROM notification_facts f
          WHERE f.id = n.fact_id AND n.email_delivery = 'DIGEST' AND n.digested_at IS NULL
          RETURNING n.recipient_sub, f.id AS fact_id, f.created_at)
       INSERT INTO mail_queue (to_address, subject, text_body, recipient_sub, fact_ids, digest)
       SELECT '', '', '', w.recipient_sub, array_agg(w.fact_id ORDER BY w.created_at, w.fact_id), true
         FROM waiting w
        WHERE EXISTS (SELECT 1 FROM member_directory m WHERE m.sub = w.recipient_sub AND NOT m.removed AND m.email <> '')
        GROUP BY w.recipient_sub`,
    );
    const { hour, timeZone } = digestConfig();
    await scheduleJob(manager, DIGEST_JOB, 'daily', nextDigestAt(new Date(), hour, timeZone));
  }

  /** Makes sure a next digest is scheduled (at start; an existing one is kept). */
  async ensureScheduled(manager: EntityManager): Promise<void> {
    const { hour, timeZone } = digestConfig();
    await manager.query(
      `INSERT INTO due_jobs (kind, ref, due_at) VALUES ($1, 'daily', $2) ON CONFLICT DO NOTHING`,
      [DIGEST_JOB, nextDigestAt(new Date(), hour, timeZone)],
    );
  }
}
