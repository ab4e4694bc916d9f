import { AggregateRoot } from '@csg/domain';
import type { AttendanceSource, Registration } from './registration.aggregate';
import { AttendanceRecorded, type AttendanceTotals, type SessionSummary } from './registration.events';

/**
 * One recording of a session's attendance: an organiser's list (BULK) or a participant's
 * check-in code. Each registration records its own attendance (OnlyConfirmedParticipantsAttend;
 * a single attendance stays inside the service); the recording records the set fact, once, when
 * anyone attended now. The session's lock, held by the caller, makes `before` the real totals.
 */
export class AttendanceRecording extends AggregateRoot<AttendanceRecorded> {
  private constructor(
    /** The registrations that attended in this recording (the others had attended already). */
    readonly attended: Registration[],
    /** The session's attendance after this recording. */
    readonly totals: AttendanceTotals,
  ) {
    super();
  }

  static take(
    of: { sessionId: string; source: AttendanceSource; session: SessionSummary },
    registrations: readonly Registration[],
    before: AttendanceTotals,
    now: Date,
  ): AttendanceRecording {
    const attended = registrations.filter((r) => r.recordAttendance(of.source, of.session, now));
    const totals: AttendanceTotals = {
      agencyIds: [...new Set([...before.agencyIds, ...attended.map((r) => r.agencyId)])].sort(),
      attended: before.attended + attended.length,
    };
    const recording = new AttendanceRecording(attended, totals);
    if (attended.length > 0) {
      const snapshots = attended.map((r) => r.snapshot());
      recording.record(new AttendanceRecorded(of.sessionId, of.source, snapshots, totals, now));
    }
    return recording;
  }
}
