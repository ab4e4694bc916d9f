import type { EntityManager } from 'typeorm';
import type { CertificateState } from '../domain/certificate.aggregate';

/** A certificate as the public verification reads it: with its digest and its session's name and date. */
export interface VerifiedCertificate {
  certificate: CertificateState;
  digest: Buffer;
  session: { sequence: number; title: string; startsAt: Date; timezone: string };
}

/** A registration as the certificate route reads it: whose it is, and its certificate if any. */
export interface RegistrationCertificate {
  agencyId: string;
  sub: string | null;
  certificate: CertificateState | null;
}

const CERTIFICATE_COLUMNS = `c.id, c.session_id AS "sessionId", c.registration_id AS "registrationId",
  c.agency_id AS "agencyId", c.participant_sub AS "participantSub", c.participant_name AS "participantName",
  c.agency_name AS "agencyName", c.verification_code AS "verificationCode", c.issued_at AS "issuedAt",
  c.revoked_at AS "revokedAt", c.revocation_reason AS "revocationReason"`;

/** Certificates for the read routes, in SQL. */
export class CertificateReader {
  constructor(private readonly manager: EntityManager) {}

  async ofRegistration(sessionId: string, registrationId: string): Promise<RegistrationCertificate | null> {
    const [row] = await this.manager.query(
      `SELECT r.agency_id AS "registrationAgencyId", r.sub AS "registrationSub", ${CERTIFICATE_COLUMNS}
         FROM registrations r LEFT JOIN certificates c ON c.registration_id = r.id
        WHERE r.session_id = $1 AND r.id = $2`,
      [sessionId, registrationId],
    );
    if (!row) return null;
    const { registrationAgencyId, registrationSub, ...certificate } = row;
    return {
      agencyId: registrationAgencyId,
      sub: registrationSub,
      certificate: certificate.id ? stateOf(certificate) : null,
    };
  }

  async byDigest(digest: Buffer): Promise<VerifiedCertificate | null> {
    const [row] = await this.manager.query(
      `SELECT ${CERTIFICATE_COLUMNS}, c.verification_digest AS digest, s.sequence, s.title,
              s.starts_at AS "startsAt", s.timezone
         FROM certificates c JOIN sessions s ON s.id = c.session_id
        WHERE c.verification_digest = $1`,
      [digest],
    );
    if (!row) return null;
    const { digest: stored, sequence, title, startsAt, timezone, ...certificate } = row;
    return {
      certificate: stateOf(certificate),
      digest: stored,
      session: { sequence, title, startsAt: new Date(startsAt), timezone },
    };
  }
}

function stateOf(row: CertificateState): CertificateState {
  return {
    ...row,
    issuedAt: new Date(row.issuedAt),
    revokedAt: row.revokedAt ? new Date(row.revokedAt) : null,
  };
}
