import type { ATTENDANCE_SOURCES, REGISTRATION_STATUSES } from '@csg/contracts';
import { AggregateRoot } from '@csg/domain';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import {
  RegistrationAttended,
  RegistrationCancelled,
  RegistrationConfirmed,
  RegistrationPromoted,
  RegistrationWaitlisted,
  type RegistrationEvent,
  type SessionSummary,
} from './registration.events';

export type { SessionSummary } from './registration.events';

/** The published vocabulary (libs/contracts) is the one list of statuses and attendance sources. */
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** Someone an agency sends: a person signed in (`sub`) or a named external participant. */
export interface Participant {
  sub: string | null;
  name: string;
  email: string;
}

export interface RegistrationState extends Participant {
  id: string;
  sessionId: string;
  agencyId: string;
  status: RegistrationStatus;
  registeredBy: string;
  checkInCodeHash: string;
  attendedAt: Date | null;
  attendanceSource: AttendanceSource | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One participant's place in one session. */
export class Registration extends AggregateRoot<RegistrationEvent> {
  private constructor(private state: RegistrationState) {
    super();
  }

  /** A new place, CONFIRMED or WAITLISTED as the session's seat ledger decided. */
  static enrol(
    ids: { id: string; sessionId: string; agencyId: string },
    session: SessionSummary,
    participant: Participant,
    status: 'CONFIRMED' | 'WAITLISTED',
    registeredBy: string,
    checkInCodeHash: string,
    now: Date,
  ): Registration {
    const registration = new Registration({
      ...ids,
      sub: participant.sub?.trim() || null,
      name: participant.name.trim(),
      email: participant.email.trim().toLowerCase(),
      status,
      registeredBy,
      checkInCodeHash,
      attendedAt: null,
      attendanceSource: null,
      createdAt: now,
      updatedAt: now,
    });
    const fact = status === 'CONFIRMED' ? RegistrationConfirmed : RegistrationWaitlisted;
    registration.record(new fact(registration.snapshot(), session));
    return registration;
  }

  static restore(state: RegistrationState): Registration {
    return new Registration({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get agencyId(): string {
    return this.state.agencyId;
  }

  get status(): RegistrationStatus {
    return this.state.status;
  }

  snapshot(): Readonly<RegistrationState> {
    return { ...this.state };
  }

  /**
   * Gives the place back. CancellingAfterCompletionIsRefused (attendance is history by then).
   * Returns whether a confirmed seat was freed, so the oldest waitlisted can be promoted.
   */
  cancel(session: SessionSummary, now: Date): boolean {
    if (session.status === 'COMPLETED') {
      throw new SessionRuleViolation(
        'REGISTRATION.SESSION_COMPLETED',
        'The session is completed; its registrations no longer change.',
      );
    }
    if (this.state.status === 'CANCELLED') {
      throw new SessionRuleViolation(
        'REGISTRATION.ALREADY_CANCELLED',
        'This registration is already cancelled.',
      );
    }
    const freedASeat = this.state.status === 'CONFIRMED';
    this.state = { ...this.state, status: 'CANCELLED', updatedAt: now };
    this.record(new RegistrationCancelled(this.snapshot(), session, freedASeat ? 'CONFIRMED' : 'WAITLISTED'));
    return freedASeat;
  }

  /** WAITLISTED → CONFIRMED, when the seat ledger found a seat for this participant. */
  promote(session: SessionSummary, now: Date): void {
    if (this.state.status !== 'WAITLISTED') {
      throw new SessionRuleViolation(
        'REGISTRATION.NOT_WAITLISTED',
        'Only a waitlisted participant is promoted.',
      );
    }
    this.state = { ...this.state, status: 'CONFIRMED', updatedAt: now };
    this.record(new RegistrationPromoted(this.snapshot(), session));
  }

  /**
   * OnlyConfirmedParticipantsAttend. Recording attendance again changes nothing (returns false),
   * except through a check-in code, which works once.
   */
  recordAttendance(source: AttendanceSource, session: SessionSummary, now: Date): boolean {
    if (this.state.status !== 'CONFIRMED') {
      throw new SessionRuleViolation(
        'ATTENDANCE.NOT_CONFIRMED',
        `${this.state.name} holds no confirmed place, so cannot attend.`,
      );
    }
    if (this.state.attendedAt !== null) {
      if (source === 'CHECK_IN') {
        throw new SessionRuleViolation(
          'CHECK_IN.ALREADY_USED',
          'This code was already used: the participant is checked in.',
        );
      }
      return false;
    }
    this.state = { ...this.state, attendedAt: now, attendanceSource: source, updatedAt: now };
    this.record(new RegistrationAttended(this.snapshot(), session));
    return true;
  }
}
