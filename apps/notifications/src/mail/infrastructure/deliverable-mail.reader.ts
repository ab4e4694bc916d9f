import type { EntityManager } from 'typeorm';
import type { TlpMarking } from '@csg/auth';
import type { StoredTraceContext } from '@csg/observability/tracing';
import type { NotificationCategory } from '../../inbox/domain/delivery-preference.rule';
import { memberMayReadSql } from '../../inbox/infrastructure/notification-fan-out.writer';
import type { MailItem } from '../domain/notification-mail.composer';

/** What a queued message may carry now: its recipient's address and the items they may still read. */
export interface DeliverableMail {
  email: string;
  items: MailItem[];
  /** The traces that told its facts, which sending it continues (ADR 74). */
  traceContexts: StoredTraceContext[];
}

/**
 * The read rule at the moment of delivery (ADR 0053), for a batch of claimed messages in one
 * statement: each message's facts that its recipient may read NOW — through a current membership
 * (not removed) of an ACTIVE agency, by the fan-out's own rule (`memberMayReadSql`) — and the
 * address of such a membership. A message absent from the answer has nothing left to send.
 */
export async function readDeliverableMail(
  manager: EntityManager,
  mailIds: string[],
): Promise<Map<string, DeliverableMail>> {
  const readable = memberMayReadSql({
    tlp: 'f.tlp',
    owner: 'f.owner_agency_id',
    shared: 'f.shared_with_agency_ids',
    recipients: 'f.recipient_subs',
  });
  const rows: Array<{
    mail_id: string;
    email: string;
    category: NotificationCategory;
    title: string;
    body: string;
    tlp: TlpMarking;
    trace_context: StoredTraceContext | null;
  }> = await manager.query(
    `SELECT q.id AS mail_id, reader.email, f.category, f.title, f.body, f.tlp, f.trace_context
       FROM mail_queue q
       JOIN notification_facts f ON f.id = ANY(q.fact_ids)
       CROSS JOIN LATERAL (
         SELECT m.email FROM member_directory m JOIN agency_directory a ON a.agency_id = m.agency_id
          WHERE m.sub = q.recipient_sub AND NOT m.removed AND a.status = 'ACTIVE' AND m.email <> ''
            AND ${readable}
          ORDER BY m.occurred_at DESC LIMIT 1) reader
      WHERE q.id = ANY($1::uuid[])
      ORDER BY q.id, f.created_at, f.id`,
    [mailIds],
  );
  const byMail = new Map<string, DeliverableMail>();
  for (const { mail_id, email, trace_context, ...item } of rows) {
    const mail = byMail.get(mail_id) ?? { email, items: [], traceContexts: [] };
    mail.items.push(item);
    if (trace_context) mail.traceContexts.push(trace_context);
    byMail.set(mail_id, mail);
  }
  return byMail;
}
