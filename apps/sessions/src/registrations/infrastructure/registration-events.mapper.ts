import {
  RegistrationCancelled,
  RegistrationConfirmed,
  RegistrationPromoted,
  RegistrationWaitlisted,
  type RegistrationData,
} from '@csg/contracts';
import type { SessionState } from '../../sessions/domain/session.aggregate';
import type { OutgoingEvent } from '../../sessions/infrastructure/session-events.mapper';
import type { RegistrationFact, RegistrationState } from '../domain/registration.aggregate';

export function registrationData(
  r: Readonly<RegistrationState>,
  s: Readonly<SessionState>,
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

/** The events of a registration's recorded facts (attendance is reported per recording, not here). */
export function registrationEvents(
  r: Readonly<RegistrationState>,
  facts: readonly RegistrationFact[],
  session: Readonly<SessionState>,
): OutgoingEvent[] {
  const data = registrationData(r, session);
  return facts.flatMap((fact): OutgoingEvent[] => {
    switch (fact.type) {
      case 'confirmed':
        return [{ definition: RegistrationConfirmed, data }];
      case 'waitlisted':
        return [{ definition: RegistrationWaitlisted, data }];
      case 'promoted':
        return [{ definition: RegistrationPromoted, data }];
      case 'cancelled':
        return [
          {
            definition: RegistrationCancelled,
            data: { ...data, previousStatus: fact.freedASeat ? 'CONFIRMED' : 'WAITLISTED' },
          },
        ];
      default:
        return [];
    }
  });
}
