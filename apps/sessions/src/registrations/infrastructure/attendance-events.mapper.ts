import { AttendanceRecorded, type AttendanceRecordedData } from '@csg/contracts';
import type { AttendanceSource, Registration } from '../domain/registration.aggregate';

/** One event per recording: which registrations attended now, and every agency that attended so far. */
export function attendanceRecorded(
  sessionId: string,
  source: AttendanceSource,
  attended: readonly Registration[],
  totals: { agencyIds: string[]; attended: number },
  now = new Date(),
): { definition: typeof AttendanceRecorded; data: AttendanceRecordedData } {
  const data: AttendanceRecordedData = {
    sessionId,
    source,
    registrationIds: attended.map((r) => r.id),
    agencyIds: [...new Set(attended.map((r) => r.agencyId))].sort(),
    attendingAgencyIds: totals.agencyIds,
    attendedCount: totals.attended,
    tlp: 'TLP:GREEN',
    occurredAt: now.toISOString(),
  };
  return { definition: AttendanceRecorded, data };
}
