import type { RegistrationData } from '@csg/contracts';
import type { RegistrationState, SessionSummary } from '../domain/registration.aggregate';

/** A registration as its events carry it: the participant and the session's start for the reminder. */
export function registrationData(
  r: Readonly<RegistrationState>,
  s: Readonly<SessionSummary>,
): RegistrationData {
  return {
    registrationId: r.id,
    sessionId: r.sessionId,
    agencyId: r.agencyId,
    sub: r.sub,
    name: r.name,
    email: r.email,
    status: r.status,
    sessionSequence: s.sequence,
    sessionTitle: s.title,
    sessionStartsAt: s.startsAt.toISOString(),
    sessionEndsAt: s.endsAt.toISOString(),
    sessionTimezone: s.timezone,
    tlp: 'TLP:AMBER+STRICT',
    occurredAt: r.updatedAt.toISOString(),
  };
}
