/**
 * Who an announcement to SESSION_PARTICIPANTS reaches after it was published (ADR 58): everyone
 * confirmed for one of its sessions until that session ends, whenever their confirmation (or
 * promotion) is learnt; not someone whose cancellation happened before it was published, even when
 * that cancellation is learnt after the fan-out (projection lag); and nobody twice.
 */

/** What the notifications service knows about a session a participant is confirmed for. */
export interface SessionWindow {
  /** The session's status from its own events, or null while none has arrived. */
  status: string | null;
  /** When it ends (from the session's events, else from the registration's). */
  endsAt: Date | null;
}

/** A session has ended when it was completed or cancelled, or its end has passed. */
export function sessionHasEnded(session: SessionWindow, now: Date): boolean {
  if (session.status === 'COMPLETED' || session.status === 'CANCELLED') return true;
  return session.endsAt !== null && session.endsAt.getTime() <= now.getTime();
}

/** A person newly confirmed for a session gets its published announcements while it has not ended. */
export function lateJoinerIsTold(session: SessionWindow, now: Date): boolean {
  return !sessionHasEnded(session, now);
}

/**
 * A cancellation withdraws an announcement that reached the person only when it happened before
 * the announcement was published: they were not confirmed then. Someone who cancels afterwards
 * was told as a participant and keeps what they were told.
 */
export function cancellationWithdrawsAnnouncement(cancelledAt: Date, publishedAt: Date): boolean {
  return cancelledAt.getTime() < publishedAt.getTime();
}

/** A notification's delivery so far: read in the inbox, sent by e-mail, or listed in a digest. */
export interface NotificationDelivery {
  readAt: Date | null;
  digestedAt: Date | null;
  emailSent: boolean;
}

/**
 * What withdrawing a notification does, by how far it got: nothing once it was read; out of the
 * inbox, keeping the row as the record that they were told (so a later confirmation does not
 * tell them twice), once it went out by e-mail or in a digest; otherwise it is deleted, with its
 * queued e-mail, as if it had never been written.
 */
export type Withdrawal = 'KEEP' | 'HIDE_FROM_INBOX' | 'DELETE';

export function withdrawalOf(delivery: NotificationDelivery): Withdrawal {
  if (delivery.readAt !== null) return 'KEEP';
  if (delivery.digestedAt !== null || delivery.emailSent) return 'HIDE_FROM_INBOX';
  return 'DELETE';
}
