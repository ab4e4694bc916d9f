import type { EntityManager } from 'typeorm';
import type { TlpMarking } from '@csg/auth';
import { activeTraceContext } from '@csg/observability/tracing';
import type { NotificationCategory } from '../../inbox/domain/delivery-preference.rule';

/** One fact told to a set of people (an announcement, a session cancelled, …). */
export interface FanOutSpec {
  category: NotificationCategory;
  /** What kind of fact (`announcement`, `session.cancelled`, …); with `sourceId`, one notification per person. */
  kind: string;
  sourceId: string;
  title: string;
  body: string;
  urgent: boolean;
  tlp: TlpMarking;
  ownerAgencyId: string | null;
  sharedWithAgencyIds: string[];
  recipientSubs: string[];
  /** Delivery for people who chose nothing for the category (default: IMMEDIATE; EXCHANGE: DAILY_DIGEST). */
  defaultDelivery?: 'IMMEDIATE' | 'DAILY_DIGEST';
}

/** The people to tell, as SQL selecting a `sub` column (may repeat), with its own parameters from $1. */
export interface RecipientsSql {
  sql: string;
  params: unknown[];
}

/**
 * Writes every recipient's notification in ONE `INSERT … SELECT` (no per-row loop): the recipients
 * joined with their preferences for the category, planned by the same rule as
 * `deliveryPlanFor` (URGENT always reaches inbox and e-mail; OFF nothing; channels decide the
 * rest), queues the immediate e-mails as one FANOUT row (the mail worker expands it after the
 * commit), and wakes the inbox streams once. The fact itself is one `notification_facts` row:
 * a repeated fact (same kind and source) finds it and tells nobody. Returns how many were told.
 */
export async function fanOut(
  manager: EntityManager,
  spec: FanOutSpec,
  recipients: RecipientsSql,
): Promise<number> {
  const n = recipients.params.length;
  const p = (i: number) => `$${n + i}`;
  const defaultChannels = "'{IN_APP,EMAIL}'";
  const digestByDefault =
    (spec.defaultDelivery ?? (spec.category === 'EXCHANGE' ? 'DAILY_DIGEST' : 'IMMEDIATE')) ===
    'DAILY_DIGEST';
  const defaultDelivery = digestByDefault ? "'DAILY_DIGEST'" : "'IMMEDIATE'";
  const inserted: Array<{ count: number }> = await manager.query(
    `WITH fact AS (
       INSERT INTO notification_facts (category, kind, source_id, title, body, priority, tlp, owner_agency_id,
                                       shared_with_agency_ids, recipient_subs, trace_context)
       VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, CASE WHEN ${p(6)} THEN 'URGENT' ELSE 'NORMAL' END, ${p(7)},
               ${p(8)}::uuid, ${p(9)}::uuid[], ${p(10)}::text[], ${p(11)}::jsonb)
       ON CONFLICT (kind, source_id) DO NOTHING
       RETURNING id
     ),
     audience AS (SELECT DISTINCT r.sub FROM (${recipients.sql}) r WHERE r.sub IS NOT NULL),
     planned AS (
       SELECT a.sub, COALESCE(pref.channels, ${defaultChannels}::text[]) AS channels,
              COALESCE(pref.delivery, ${defaultDelivery}) AS delivery
         FROM audience a
         LEFT JOIN notification_preferences pref ON pref.sub = a.sub AND pref.category = ${p(1)}
     ),
     written AS (
       INSERT INTO notifications (recipient_sub, fact_id, in_app, email_delivery)
       SELECT pl.sub, fact.id,
              ${p(6)} OR 'IN_APP' = ANY(pl.channels),
              CASE WHEN ${p(6)} THEN 'IMMEDIATE'
                   WHEN NOT ('EMAIL' = ANY(pl.channels)) THEN 'NONE'
                   WHEN pl.delivery = 'DAILY_DIGEST' THEN 'DIGEST'
                   ELSE 'IMMEDIATE' END
         FROM planned pl CROSS JOIN fact
        WHERE ${p(6)} OR (pl.delivery <> 'OFF' AND pl.channels && '{IN_APP,EMAIL}'::text[])
       RETURNING seq, fact_id, email_delivery
     ),
     mailed AS (
       INSERT INTO mail_queue (kind, fanout_fact_id, fanout_first_seq, fanout_last_seq, to_address, subject, text_body)
       SELECT 'FANOUT', min(fact_id::text)::uuid, min(seq), max(seq), '', ${p(4)}, ${p(5)}
         FROM written WHERE email_delivery = 'IMMEDIATE' HAVING count(*) > 0
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM written)::int AS count, (SELECT count(*) FROM mailed)::int AS mailed`,
    [
      ...recipients.params,
      spec.category,
      spec.kind,
      spec.sourceId,
      spec.title,
      spec.body,
      spec.urgent,
      spec.tlp,
      spec.ownerAgencyId,
      spec.sharedWithAgencyIds,
      spec.recipientSubs,
      // The trace that told the fact, which its e-mails continue (ADR 74); null when tracing is off.
      activeTraceContext(),
    ],
  );
  const count = inserted[0]?.count ?? 0;
  if (count > 0) await manager.query(`SELECT pg_notify('csg_inbox', $1)`, [spec.sourceId]);
  return count;
}

/**
 * The TLP narrowing of a member-based audience, as SQL over `m` (member_directory) rows: the
 * same rule as `canRead` for members of ACTIVE agencies (the caller joins agency_directory).
 */
export function memberMayReadSql(params: {
  tlp: string;
  owner: string;
  shared: string;
  recipients: string;
}): string {
  const { tlp, owner, shared, recipients } = params;
  return `(${tlp} IN ('TLP:CLEAR', 'TLP:GREEN')
      OR (${tlp} = 'TLP:AMBER' AND (m.agency_id = ${owner} OR m.agency_id = ANY(${shared})))
      OR (${tlp} = 'TLP:AMBER+STRICT' AND m.agency_id = ${owner})
      OR (${tlp} = 'TLP:RED' AND m.sub = ANY(${recipients})))`;
}
