import type { EntityManager } from 'typeorm';
import { audienceRecipients } from '../../audiences/infrastructure/audience.sql';
import type { RecipientsSql } from '../../inbox/infrastructure/notification-fan-out.writer';
import {
  tellFactToMore,
  withdrawNotification,
} from '../../inbox/infrastructure/notification-late-recipients.writer';
import type { AnnouncementState } from '../domain/announcement.aggregate';
import {
  cancellationWithdrawsAnnouncement,
  lateJoinerIsTold,
  withdrawalOf,
} from '../domain/session-participants-reach.rule';
import { announcementFromRow, type AnnouncementRow } from './announcement.repository';

const ANNOUNCEMENT_FACT = 'announcement';

/**
 * Serialises every read that decides who a SESSION_PARTICIPANTS announcement reaches (ADR 58):
 * the publishing fan-out, and the catch-up or withdrawal after a participant or member change.
 * Each writes its own projection row first and then, under this lock, reads the other side, so
 * whichever commits second sees the first: nobody falls between a publish and a confirmation
 * that commit at the same moment, and two catch-ups for one person never both tell them.
 */
export async function lockSessionAudiences(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('csg.notifications.session-audiences'))`);
}

/**
 * Someone confirmed (or promoted, or newly known as a member) gets the published
 * SESSION_PARTICIPANTS announcements of their confirmed sessions that have not ended, those they
 * do not have yet, each under the announcement's own audience and marking. Takes the lock.
 */
export async function tellLateJoiner(manager: EntityManager, sub: string, now: Date): Promise<number> {
  await lockSessionAudiences(manager);
  const sessions = await openSessionsOf(manager, sub, now);
  if (sessions.length === 0) return 0;
  let told = 0;
  for (const a of await publishedFor(manager, sessions)) {
    const count = await tellFactToMore(
      manager,
      { kind: ANNOUNCEMENT_FACT, sourceId: a.id },
      onePerson(audienceRecipients(a.audience, a), sub),
    );
    if (count > 0) await countRecipients(manager, a.id, count);
    told += count;
  }
  return told;
}

/**
 * A cancellation that happened before an announcement of its session was published, learnt
 * after the fan-out reached the person, withdraws it (as `withdrawalOf` says: gone if it reached
 * them nowhere yet, out of the inbox if only the e-mail went out, kept once read), unless they
 * are still in the audience (confirmed for another of its sessions). Takes the lock.
 */
export async function withdrawFromCancelled(
  manager: EntityManager,
  sub: string,
  sessionId: string,
  cancelledAt: Date,
): Promise<number> {
  await lockSessionAudiences(manager);
  let withdrawn = 0;
  for (const a of await publishedFor(manager, [sessionId])) {
    if (!a.publishedAt || !cancellationWithdrawsAnnouncement(cancelledAt, a.publishedAt)) continue;
    const still = onePerson(audienceRecipients(a.audience, a), sub);
    if ((await manager.query(`${still.sql} LIMIT 1`, still.params)).length > 0) continue;
    const done = await withdrawNotification(
      manager,
      { kind: ANNOUNCEMENT_FACT, sourceId: a.id },
      sub,
      withdrawalOf,
    );
    if (done === 'DELETE') await countRecipients(manager, a.id, -1);
    if (done === 'DELETE' || done === 'HIDE_FROM_INBOX') withdrawn += 1;
  }
  return withdrawn;
}

/** The sessions `sub` is confirmed for that have not ended, as far as this service knows. */
async function openSessionsOf(manager: EntityManager, sub: string, now: Date): Promise<string[]> {
  const rows: Array<{ session_id: string; status: string | null; ends_at: Date | null }> =
    await manager.query(
      `SELECT DISTINCT sp.session_id, ss.status, COALESCE(ss.ends_at, sp.session_ends_at) AS ends_at
         FROM session_participants sp LEFT JOIN session_schedule ss ON ss.session_id = sp.session_id
        WHERE sp.sub = $1 AND sp.status = 'CONFIRMED'`,
      [sub],
    );
  return rows
    .filter((r) => lateJoinerIsTold({ status: r.status, endsAt: r.ends_at }, now))
    .map((r) => r.session_id);
}

/** Published SESSION_PARTICIPANTS announcements naming any of these sessions, oldest first. */
async function publishedFor(
  manager: EntityManager,
  sessionIds: string[],
): Promise<Array<Readonly<AnnouncementState>>> {
  const rows: AnnouncementRow[] = await manager.query(
    `SELECT * FROM announcements
      WHERE audience_kind = 'SESSION_PARTICIPANTS' AND status = 'PUBLISHED' AND audience_values && $1::text[]
      ORDER BY published_at, id`,
    [sessionIds],
  );
  return rows.map((r) => announcementFromRow(r).snapshot());
}

/** The announcement's audience narrowed to one person. */
function onePerson(audience: RecipientsSql, sub: string): RecipientsSql {
  return {
    sql: `SELECT r.sub FROM (${audience.sql}) r WHERE r.sub = $${audience.params.length + 1}`,
    params: [...audience.params, sub],
  };
}

/** Keeps the announcement's recipient count (and so its version) in step with who has it. */
async function countRecipients(manager: EntityManager, announcementId: string, delta: number): Promise<void> {
  await manager.query(
    `UPDATE announcements SET recipient_count = GREATEST(COALESCE(recipient_count, 0) + $2, 0), version = version + 1
      WHERE id = $1`,
    [announcementId, delta],
  );
}
