import type { AttendanceSource, RegistrationState } from './registration.aggregate';

/** What a registration fact says about its session (for the participant's reminder). */
export interface SessionSummary {
  status: string;
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
}

/** Every registration fact carries the registration after the change and its session. */
abstract class RegistrationFact {
  constructor(
    readonly registration: Readonly<RegistrationState>,
    readonly session: Readonly<SessionSummary>,
  ) {}
}

/** A seat was free (overall and for the agency). */
export class RegistrationConfirmed extends RegistrationFact {}

/** No seat was free: the participant waits. */
export class RegistrationWaitlisted extends RegistrationFact {}

/** A freed seat went to this waitlisted participant. */
export class RegistrationPromoted extends RegistrationFact {}

/** The place was given back. */
export class RegistrationCancelled extends RegistrationFact {
  constructor(
    registration: Readonly<RegistrationState>,
    session: Readonly<SessionSummary>,
    readonly previousStatus: 'CONFIRMED' | 'WAITLISTED',
  ) {
    super(registration, session);
  }
}

/**
 * The participant attended. Reported per recording (one `attendance.recorded` for the batch, with
 * the attending agencies), so it stays inside the service.
 */
export class RegistrationAttended extends RegistrationFact {}

/** Every agency with an attendee so far, and how many attended: a session's attendance. */
export interface AttendanceTotals {
  agencyIds: string[];
  attended: number;
}

/**
 * Participants were recorded as attending, in one recording (an organiser's list or a check-in):
 * who attended now, and the session's attendance after it. Published as `attendance.recorded`.
 */
export class AttendanceRecorded {
  constructor(
    readonly sessionId: string,
    readonly source: AttendanceSource,
    readonly attended: ReadonlyArray<Readonly<RegistrationState>>,
    readonly totals: AttendanceTotals,
    readonly at: Date,
  ) {}
}

export type RegistrationEvent =
  | RegistrationConfirmed
  | RegistrationWaitlisted
  | RegistrationPromoted
  | RegistrationCancelled
  | RegistrationAttended;
