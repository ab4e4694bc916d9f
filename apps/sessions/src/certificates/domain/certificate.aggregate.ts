import { AggregateRoot } from '@csg/domain';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import {
  CertificateIssued,
  CertificateRevoked,
  type CertificateEvent,
  type CertifiedSession,
} from './certificate.events';

export interface CertificateState {
  id: string;
  sessionId: string;
  registrationId: string;
  agencyId: string;
  /** The participant as certified: their account (null for a named external participant) and name. */
  participantSub: string | null;
  participantName: string;
  /** The agency's name when the certificate was issued: a later rename does not rewrite it. */
  agencyName: string;
  verificationCode: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
}

/** A participant who attended, as the certificate rules read them. */
export interface Attendee {
  registrationId: string;
  agencyId: string;
  agencyName: string;
  sub: string | null;
  name: string;
  email: string;
  status: string;
  attendedAt: Date | null;
}

/**
 * One participant's certificate of attendance of one session, with the random code its public
 * verification goes by. Issued once per registration; revoked (never reissued) by an organiser.
 */
export class Certificate extends AggregateRoot<CertificateEvent> {
  private constructor(private state: CertificateState) {
    super();
  }

  static issue(
    ids: { id: string; sessionId: string },
    attendee: Attendee,
    session: CertifiedSession,
    verificationCode: string,
    now: Date,
  ): Certificate {
    const certificate = new Certificate({
      ...ids,
      registrationId: attendee.registrationId,
      agencyId: attendee.agencyId,
      participantSub: attendee.sub,
      participantName: attendee.name,
      agencyName: attendee.agencyName,
      verificationCode,
      issuedAt: now,
      revokedAt: null,
      revocationReason: null,
    });
    certificate.record(new CertificateIssued(certificate.snapshot(), attendee.email, session));
    return certificate;
  }

  static restore(state: CertificateState): Certificate {
    return new Certificate({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get revoked(): boolean {
    return this.state.revokedAt !== null;
  }

  snapshot(): Readonly<CertificateState> {
    return { ...this.state };
  }

  /** ARevokedCertificateStaysRevoked: the reason is kept for the organisers; nobody else sees it. */
  revoke(reason: string, now: Date): void {
    if (this.revoked) throw certificateRevoked();
    this.state = { ...this.state, revokedAt: now, revocationReason: reason.trim() };
    this.record(new CertificateRevoked(this.snapshot()));
  }
}

export const certificateRevoked = () =>
  new SessionRuleViolation('CERTIFICATE.REVOKED', 'This certificate of attendance was revoked.');

export const certificateNotFound = () =>
  new SessionRuleViolation(
    'CERTIFICATE.NOT_FOUND',
    'No certificate: the session is not completed, or no attendance was recorded for this registration.',
  );

export const noCertificateHasThisCode = () =>
  new SessionRuleViolation('CERTIFICATE.NOT_FOUND', 'No certificate has this code.');
