import type { SessionState } from './session.aggregate';

/**
 * Certifies the attendance a completed session owes, in the running unit of work: completing a
 * session and recording attendance afterwards call it. The certificates context implements it
 * (ADR 80), so sessions and registrations need not know certificates.
 */
export abstract class AttendanceCertifier {
  /** Issues the certificates not issued yet; none before the session is completed. Returns how many. */
  abstract certifyOwed(session: Readonly<SessionState>, now: Date): Promise<number>;
}
