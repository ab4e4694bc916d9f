import type { CertificateState } from './certificate.aggregate';

/** What a certificate fact says about its session: what the participant is told. */
export interface CertifiedSession {
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
}

/**
 * A participant whose attendance was recorded was certified for a completed session. Published as
 * `certificate.issued` (with the participant's e-mail, which the certificate does not keep).
 */
export class CertificateIssued {
  constructor(
    readonly certificate: Readonly<CertificateState>,
    readonly email: string,
    readonly session: Readonly<CertifiedSession>,
  ) {}
}

/** An organiser revoked the certificate: its verification answers REVOKED from now on. */
export class CertificateRevoked {
  constructor(readonly certificate: Readonly<CertificateState>) {}
}

export type CertificateEvent = CertificateIssued | CertificateRevoked;
