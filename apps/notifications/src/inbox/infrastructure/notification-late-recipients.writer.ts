import type { EntityManager } from 'typeorm';
import type { RecipientsSql } from './notification-fan-out.writer';

/** A fact already told (by `fanOut`): its kind and source, unique together. */
export interface FactKey {
  kind: string;
  sourceId: string;
}

/**
 * Tells an already published fact to more people (ADR 58: someone confirmed for a session after
 * its announcement went out), beside `fanOut` and with the same delivery plan: only people who
 * have no notification of the fact yet get one, so a repeated call tells nobody twice. The caller
 * serialises calls for the same person (the session-audience lock). Immediate e-mails are queued
 * as one FANOUT row, as `fanOut` does. Returns how many were told.
 */
export async function tellFactToMore(
  manager: EntityManager,
  fact: FactKey,
  recipients: RecipientsSql,
): Promise<number> {
  const n = recipients.params.length;
  const p = (i: number) => `$${n + i}`;
  const rows: Array<{ count: number }> = await manager.query(
    `WITH fact AS (
       SELECT id, category, priority = 'URGENT' AS urgent, title, body,
              CASE WHEN category = 'EXCHANGE' THEN 'DAILY_DIGEST' ELSE 'IMMEDIATE' END AS default_delivery
         FROM notification_facts WHERE kind = ${p(1)} AND source_id = ${p(2)}
     ),
     audience AS (
       SELECT DISTINCT r.sub FROM (${recipients.sql}) r CROSS JOIN fact
        WHERE r.sub IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_sub = r.sub AND n.fact_id = fact.id)
     ),
     planned AS (
       SELECT a.sub, COALESCE(pref.channels, '{IN_APP,EMAIL}'::text[]) AS channels,
              COALESCE(pref.delivery, fact.default_delivery) AS delivery
         FROM audience a CROSS JOIN fact
         LEFT JOIN notification_preferences pref ON pref.sub = a.sub AND pref.category = fact.category
     ),
     written AS (
       INSERT INTO notifications (recipient_sub, fact_id, in_app, email_delivery)
       SELECT pl.sub, fact.id,
              fact.urgent OR 'IN_APP' = ANY(pl.channels),
              CASE WHEN fact.urgent THEN 'IMMEDIATE'
                   WHEN NOT ('EMAIL' = ANY(pl.channels)) THEN 'NONE'
                   WHEN pl.delivery = 'DAILY_DIGEST' THEN 'DIGEST'
                   ELSE 'IMMEDIATE' END
         FROM planned pl CROSS JOIN fact
        WHERE fact.urgent OR (pl.delivery <> 'OFF' AND pl.channels && '{IN_APP,EMAIL}'::text[])
       RETURNING seq, fact_id, email_delivery
     ),
     mailed AS (
       INSERT INTO mail_queue (kind, fanout_fact_id, fanout_first_seq, fanout_last_seq, to_address, subject, text_body)
       SELECT 'FANOUT', fact.id, min(w.seq), max(w.seq), '', fact.title, fact.body
         FROM written w JOIN fact ON fact.id = w.fact_id
        WHERE w.email_delivery = 'IMMEDIATE'
        GROUP BY fact.id, fact.title, fact.body
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM written)::int AS count, (SELECT count(*) FROM mailed)::int AS mailed`,
    [...recipients.params, fact.kind, fact.sourceId],
  );
  const count = rows[0]?.count ?? 0;
  if (count > 0) await manager.query(`SELECT pg_notify('csg_inbox', $1)`, [fact.sourceId]);
  return count;
}

/** How far a notification got: read in the inbox, listed in a digest, sent by e-mail. */
export interface NotificationProgress {
  readAt: Date | null;
  digestedAt: Date | null;
  emailSent: boolean;
}

/** What to do with a notification being withdrawn (the caller's rule decides from its progress). */
export type WithdrawalAction = 'KEEP' | 'HIDE_FROM_INBOX' | 'DELETE';

/**
 * Withdraws one person's notification of a fact as `decide` says from how far it got (ADR 58):
 * DELETE removes the inbox row and drops its queued e-mail; HIDE_FROM_INBOX keeps the row out of
 * the inbox (it stays as the record that they were told); KEEP changes nothing. The row is locked
 * first (a concurrent "mark read" or digest waits, or is seen), then the fan-out's e-mail row if
 * it is not expanded yet (the mail worker expands it after this commits, without a deleted row),
 * then a queued message is dropped unless the worker is sending it (then it counts as sent).
 * Answers what was done, or null when the person has no such notification.
 */
export async function withdrawNotification(
  manager: EntityManager,
  fact: FactKey,
  sub: string,
  decide: (progress: NotificationProgress) => WithdrawalAction,
): Promise<WithdrawalAction | null> {
  const found: Array<{
    seq: string;
    id: string;
    fact_id: string;
    read_at: Date | null;
    digested_at: Date | null;
  }> = await manager.query(
    `SELECT n.seq, n.id, n.fact_id, n.read_at, n.digested_at
       FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
      WHERE n.recipient_sub = $1 AND f.kind = $2 AND f.source_id = $3
      FOR UPDATE OF n`,
    [sub, fact.kind, fact.sourceId],
  );
  const n = found[0];
  if (!n) return null;
  const progress = { readAt: n.read_at, digestedAt: n.digested_at, emailSent: false };
  if (decide(progress) === 'KEEP') return 'KEEP';
  await manager.query(
    `SELECT id FROM mail_queue
      WHERE kind = 'FANOUT' AND status = 'PENDING' AND fanout_fact_id = $1 AND $2::bigint BETWEEN fanout_first_seq AND fanout_last_seq
      FOR UPDATE`,
    [n.fact_id, n.seq],
  );
  await manager.query(
    `DELETE FROM mail_queue WHERE kind = 'MESSAGE' AND status = 'PENDING' AND notification_id = $1`,
    [n.id],
  );
  const sent: Array<{ sent: boolean }> = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM mail_queue WHERE notification_id = $1 AND status = 'SENT') AS sent`,
    [n.id],
  );
  const action = decide({ ...progress, emailSent: sent[0].sent });
  if (action === 'DELETE')
    await manager.query(`DELETE FROM notifications WHERE recipient_sub = $1 AND seq = $2`, [sub, n.seq]);
  else if (action === 'HIDE_FROM_INBOX')
    await manager.query(`UPDATE notifications SET in_app = false WHERE recipient_sub = $1 AND seq = $2`, [
      sub,
      n.seq,
    ]);
  return action;
}
