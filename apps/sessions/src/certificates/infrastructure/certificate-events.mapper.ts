import type { CertificateIssuedData } from '@csg/contracts';
import type { CertificateIssued } from '../domain/certificate.events';

/** `certificate.issued`: whom, for which session; never the verification code (ADR 80). */
export function certificateIssuedData(fact: CertificateIssued): CertificateIssuedData {
  const c = fact.certificate;
  return {
    certificateId: c.id,
    registrationId: c.registrationId,
    sessionId: c.sessionId,
    agencyId: c.agencyId,
    sub: c.participantSub,
    name: c.participantName,
    email: fact.email,
    sessionSequence: fact.session.sequence,
    sessionTitle: fact.session.title,
    sessionStartsAt: fact.session.startsAt.toISOString(),
    sessionEndsAt: fact.session.endsAt.toISOString(),
    sessionTimezone: fact.session.timezone,
    tlp: 'TLP:AMBER+STRICT',
    issuedAt: c.issuedAt.toISOString(),
  };
}
