import type { SeatsTaken } from '../../sessions/domain/session.aggregate';
import type { AttendanceRecording } from './attendance-recording.aggregate';
import type { Registration } from './registration.aggregate';
import type { SeatLedger, SeatLimits } from './seat-ledger';

/**
 * A session's registrations, read and written in the transaction that holds the session's lock
 * (SessionRepository.lockById), so seat counts are the session's real ones (ADR 33). Writes hand
 * each registration to the unit of work, which publishes the facts it recorded.
 */
export abstract class RegistrationRepository {
  /** The session's confirmed seats, overall and per agency, counted in SQL. */
  abstract seatLedger(sessionId: string, limits: SeatLimits): Promise<SeatLedger>;

  /** Confirmed seats, the most one agency holds, and the places held (confirmed and waitlisted). */
  abstract seatsTaken(sessionId: string): Promise<SeatsTaken>;

  /** New registrations, in the order given (their waitlist position follows it); REGISTRATION.DUPLICATE when someone holds a place already. */
  abstract insertAll(registrations: Registration[]): Promise<void>;

  /** The waitlist, oldest first, locked. */
  abstract waitlist(sessionId: string): Promise<Registration[]>;

  abstract lockById(sessionId: string, id: string): Promise<Registration | null>;

  abstract lockManyById(sessionId: string, ids: readonly string[]): Promise<Registration[]>;

  abstract lockByCodeHash(sessionId: string, hash: string): Promise<Registration | null>;

  /** Every agency with an attendee so far, and how many attended. */
  abstract attendance(sessionId: string): Promise<{ agencyIds: string[]; attended: number }>;

  abstract save(registrations: Registration[]): Promise<void>;

  /** Writes the registrations that attended and hands the recording to the unit of work (its fact). */
  abstract saveAttendance(recording: AttendanceRecording): Promise<void>;
}
