import type { AttendanceRecordedData } from '@csg/contracts';
import type { AttendanceRecorded } from '../domain/registration.events';

/** One event per recording: which registrations attended now, and every agency that attended so far. */
export function attendanceRecordedData(fact: AttendanceRecorded): AttendanceRecordedData {
  return {
    sessionId: fact.sessionId,
    source: fact.source,
    registrationIds: fact.attended.map((r) => r.id),
    agencyIds: [...new Set(fact.attended.map((r) => r.agencyId))].sort(),
    attendingAgencyIds: fact.totals.agencyIds,
    attendedCount: fact.totals.attended,
    tlp: 'TLP:GREEN',
    occurredAt: fact.at.toISOString(),
  };
}
