import type { SessionState } from './session.aggregate';

/** Every session fact carries the session as it is after the change (its agenda and version included). */
abstract class SessionFact {
  constructor(readonly session: Readonly<SessionState>) {}
}

/** DRAFT → SCHEDULED: the session is announced. */
export class SessionScheduled extends SessionFact {}

/** A scheduled session moved; its registrations are kept and its agenda moved with it. */
export class SessionRescheduled extends SessionFact {
  constructor(
    session: Readonly<SessionState>,
    readonly previousStartsAt: Date,
    readonly previousEndsAt: Date,
    readonly registrationsKept: number,
  ) {
    super(session);
  }
}

/** A scheduled session's details other than its times changed. */
export class SessionUpdated extends SessionFact {
  constructor(
    session: Readonly<SessionState>,
    readonly fields: string[],
  ) {
    super(session);
  }
}

/** A scheduled session's agenda changed. */
export class SessionAgendaChanged extends SessionFact {}

/** DRAFT or SCHEDULED → CANCELLED, with the reason in the session. */
export class SessionCancelled extends SessionFact {}

/** SCHEDULED → COMPLETED. */
export class SessionCompleted extends SessionFact {}

/** A change of a draft: nobody outside knows a draft, so it stays inside the service. */
export class DraftSessionChanged extends SessionFact {}

export type SessionEvent =
  | SessionScheduled
  | SessionRescheduled
  | SessionUpdated
  | SessionAgendaChanged
  | SessionCancelled
  | SessionCompleted
  | DraftSessionChanged;
