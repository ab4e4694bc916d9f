import type { EntityManager } from 'typeorm';
import { tlpReadPredicate, type PersonPrincipal } from '@csg/auth';
import type { NotificationRow } from '../queries/notification.view';

const COLUMNS = {
  tlp: 'f.tlp',
  ownerAgencyId: 'f.owner_agency_id',
  sharedWithAgencyIds: 'f.shared_with_agency_ids',
  recipientSubs: 'f.recipient_subs',
};

const ROW = `n.id, n.seq::text AS seq, f.category, f.kind, f.source_id, f.title, f.body, f.priority, f.tlp, n.read_at, f.created_at`;

/**
 * A person's inbox: their in-app notifications (`n`) with what each says (`f`, the fact), that the
 * TLP rule still lets them read (a member who left an agency no longer reads its AMBER news),
 * filtered inside the SQL, lists and counts alike.
 */
export class InboxReader {
  constructor(private readonly manager: EntityManager) {}

  private mine(person: PersonPrincipal, params: unknown[]): string {
    params.push(person.sub);
    const sub = `$${params.length}`;
    const tlp = tlpReadPredicate(person, COLUMNS, params.length + 1);
    params.push(...tlp.params);
    return `n.recipient_sub = ${sub} AND n.in_app AND f.id = n.fact_id AND ${tlp.sql}`;
  }

  /** Newest first, `limit` rows below `beforeSeq`; `afterSeq` instead gives the ones newer than it, oldest first. */
  async list(
    person: PersonPrincipal,
    options: { limit: number; beforeSeq?: string; afterSeq?: string; unread?: boolean },
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [];
    const where = [this.mine(person, params)];
    if (options.unread === true) where.push('n.read_at IS NULL');
    if (options.unread === false) where.push('n.read_at IS NOT NULL');
    if (options.beforeSeq !== undefined) where.push(`n.seq < $${params.push(options.beforeSeq)}::bigint`);
    if (options.afterSeq !== undefined) where.push(`n.seq > $${params.push(options.afterSeq)}::bigint`);
    const order = options.afterSeq !== undefined ? 'ASC' : 'DESC';
    return this.manager.query(
      `SELECT ${ROW} FROM notifications n, notification_facts f
        WHERE ${where.join(' AND ')} ORDER BY n.seq ${order} LIMIT $${params.push(options.limit)}`,
      params,
    );
  }

  async unreadCount(person: PersonPrincipal): Promise<number> {
    const params: unknown[] = [];
    const rows: Array<{ n: number }> = await this.manager.query(
      `SELECT count(*)::int AS n FROM notifications n, notification_facts f WHERE ${this.mine(person, params)} AND n.read_at IS NULL`,
      params,
    );
    return rows[0].n;
  }

  /** The newest position in the inbox (streams start after it). */
  async latestSeq(person: PersonPrincipal): Promise<string> {
    const rows: Array<{ seq: string | null }> = await this.manager.query(
      `SELECT max(seq)::text AS seq FROM notifications WHERE recipient_sub = $1`,
      [person.sub],
    );
    return rows[0].seq ?? '0';
  }

  /** Marks one readable notification read (idempotent); null when the caller has no such notification. */
  async markRead(person: PersonPrincipal, id: string): Promise<NotificationRow | null> {
    const params: unknown[] = [id];
    const rows: NotificationRow[] = await this.manager.query(
      `WITH u AS (UPDATE notifications n SET read_at = COALESCE(n.read_at, now()) FROM notification_facts f
                   WHERE n.id = $1 AND ${this.mine(person, params)} RETURNING ${ROW})
       SELECT * FROM u`,
      params,
    );
    return rows[0] ?? null;
  }

  async markAllRead(person: PersonPrincipal): Promise<number> {
    const params: unknown[] = [];
    const rows: Array<{ n: number }> = await this.manager.query(
      `WITH marked AS (UPDATE notifications n SET read_at = now() FROM notification_facts f
                        WHERE ${this.mine(person, params)} AND n.read_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM marked`,
      params,
    );
    return rows[0].n;
  }
}
