import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  RegistrationCancelled,
  RegistrationConfirmed,
  RegistrationPromoted,
  RegistrationWaitlisted,
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  SessionUpdated,
  type CloudEvent,
  type RegistrationData,
  type SessionRescheduledData,
  type SessionStateData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import {
  tellLateJoiner,
  withdrawFromCancelled,
} from '../../announcements/infrastructure/session-announcement-reach.sql';
import { fanOut } from '../../inbox/infrastructure/notification-fan-out.writer';
import { cancelJob, scheduleJob } from '../../scheduling/infrastructure/due-jobs';
import { localTime, reminderDueAt, sessionName } from '../domain/reaction-message.rule';

export const SESSION_REMINDER_JOB = 'session-reminder';

const REGISTRATION_MESSAGES: Record<
  string,
  { kind: string; title: (s: string) => string; body: (d: RegistrationData) => string }
> = {
  [RegistrationConfirmed.type]: {
    kind: 'registration.confirmed',
    title: (s) => `Your seat at ${s} is confirmed`,
    body: (d) =>
      `${d.name}, you are registered for ${sessionName(d.sessionSequence, d.sessionTitle)} on ${localTime(d.sessionStartsAt, d.sessionTimezone)}.`,
  },
  [RegistrationWaitlisted.type]: {
    kind: 'registration.waitlisted',
    title: (s) => `You are on the waitlist for ${s}`,
    body: (d) => `${d.name}, no seat is free yet; we will tell you when one is.`,
  },
  [RegistrationPromoted.type]: {
    kind: 'registration.promoted',
    title: (s) => `A seat at ${s} is now yours`,
    body: (d) =>
      `${d.name}, a seat was freed: you are registered for ${localTime(d.sessionStartsAt, d.sessionTimezone)}.`,
  },
};

/**
 * Reactions to the sessions service: keeps the participants and the session schedule the
 * audiences and reminders read, brings a session's announcements to its late joiners (and takes
 * them back after a late-learnt earlier cancellation), tells a participant about their
 * registration, tells the registered participants when their session moves or is cancelled, and
 * schedules the reminder 24 hours before a session starts. Each notification has a (kind, source) key, so a redelivered
 * event tells nobody twice.
 */
@Injectable()
export class SessionReactions {
  @OnIntegrationEvent(
    RegistrationConfirmed.type,
    RegistrationWaitlisted.type,
    RegistrationPromoted.type,
    RegistrationCancelled.type,
  )
  async onRegistration(event: CloudEvent<RegistrationData>, tx: TransactionContext): Promise<void> {
    const d = event.data;
    const applied: Array<{ status: string }> = await tx.manager.query(
      `INSERT INTO session_participants (registration_id, session_id, agency_id, sub, email, name, status, version, occurred_at, session_ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9)
       ON CONFLICT (registration_id) DO UPDATE SET status = EXCLUDED.status, occurred_at = EXCLUDED.occurred_at,
         session_ends_at = EXCLUDED.session_ends_at
       WHERE session_participants.occurred_at IS NULL OR session_participants.occurred_at <= EXCLUDED.occurred_at
       RETURNING status`,
      [
        d.registrationId,
        d.sessionId,
        d.agencyId,
        d.sub,
        d.email,
        d.name,
        d.status,
        d.occurredAt,
        d.sessionEndsAt,
      ],
    );
    if (d.sub && applied.length > 0)
      await this.reachSessionAnnouncements(event, d.sub, applied[0].status, tx);
    const message = REGISTRATION_MESSAGES[event.type];
    if (!message || !d.sub) return;
    const name = sessionName(d.sessionSequence, d.sessionTitle);
    await fanOut(
      tx.manager,
      {
        category: 'SESSION',
        kind: message.kind,
        sourceId: d.registrationId,
        title: message.title(name),
        body: message.body(d),
        urgent: false,
        tlp: 'TLP:AMBER+STRICT',
        ownerAgencyId: d.agencyId,
        sharedWithAgencyIds: [],
        recipientSubs: [],
      },
      { sql: 'SELECT $1::text AS sub', params: [d.sub] },
    );
  }

  /**
   * The session's published SESSION_PARTICIPANTS announcements follow its participants (ADR 58):
   * a confirmation or promotion brings them to the person, a cancellation that happened before
   * one was published takes back what has not reached them yet.
   */
  private async reachSessionAnnouncements(
    event: CloudEvent<RegistrationData>,
    sub: string,
    status: string,
    tx: TransactionContext,
  ): Promise<void> {
    if (status === 'CONFIRMED') await tellLateJoiner(tx.manager, sub, new Date());
    else if (event.type === RegistrationCancelled.type)
      await withdrawFromCancelled(tx.manager, sub, event.data.sessionId, new Date(event.data.occurredAt));
  }

  @OnIntegrationEvent(
    SessionScheduled.type,
    SessionUpdated.type,
    SessionRescheduled.type,
    SessionCancelled.type,
    SessionCompleted.type,
  )
  async onSession(event: CloudEvent<SessionStateData>, tx: TransactionContext): Promise<void> {
    const s = event.data;
    const applied: Array<{ session_id: string }> = await tx.manager.query(
      `INSERT INTO session_schedule (session_id, sequence, title, starts_at, timezone, status, version, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (session_id) DO UPDATE SET sequence = EXCLUDED.sequence, title = EXCLUDED.title, starts_at = EXCLUDED.starts_at,
         timezone = EXCLUDED.timezone, status = EXCLUDED.status, version = EXCLUDED.version, ends_at = EXCLUDED.ends_at
       WHERE session_schedule.version < EXCLUDED.version
       RETURNING session_id`,
      [s.sessionId, s.sequence, s.title, s.startsAt, s.timezone, s.status, s.version, s.endsAt],
    );
    if (applied.length === 0) return; // older than what we know: nothing to do
    const due = s.status === 'SCHEDULED' ? reminderDueAt(new Date(s.startsAt), new Date()) : null;
    if (due) await scheduleJob(tx.manager, SESSION_REMINDER_JOB, `${s.sessionId}|${s.startsAt}`, due);
    if (event.type === SessionRescheduled.type) {
      const r = event.data as SessionRescheduledData;
      await cancelJob(tx.manager, SESSION_REMINDER_JOB, `${s.sessionId}|${r.previousStartsAt}`);
      await this.tellRegistered(
        tx.manager,
        s,
        'session.rescheduled',
        `${sessionName(s.sequence, s.title)} has moved`,
        `It now starts ${localTime(s.startsAt, s.timezone)} (was ${localTime(r.previousStartsAt, s.timezone)}). Your registration is kept.`,
      );
    }
    if (event.type === SessionCancelled.type) {
      await cancelJob(tx.manager, SESSION_REMINDER_JOB, `${s.sessionId}|${s.startsAt}`);
      await this.tellRegistered(
        tx.manager,
        s,
        'session.cancelled',
        `${sessionName(s.sequence, s.title)} is cancelled`,
        s.cancellationReason ? `Reason: ${s.cancellationReason}` : 'The organisers cancelled the session.',
      );
    }
  }

  /** Confirmed and waitlisted participants with an account, told once per session version. */
  private tellRegistered(
    manager: EntityManager,
    s: SessionStateData,
    kind: string,
    title: string,
    body: string,
  ): Promise<number> {
    return fanOut(
      manager,
      {
        category: 'SESSION',
        kind,
        sourceId: `${s.sessionId}@${s.version}`,
        title,
        body,
        urgent: false,
        tlp: 'TLP:GREEN',
        ownerAgencyId: null,
        sharedWithAgencyIds: [],
        recipientSubs: [],
      },
      {
        sql: `SELECT sub FROM session_participants WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED')`,
        params: [s.sessionId],
      },
    );
  }
}
