import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { canonicalVerificationCode, digestOf, sameDigest } from '../../domain/verification-code.value-object';
import { CertificateReader } from '../../infrastructure/certificate.reader';
import { localDate } from '../session-dates';
import type { CertificateVerificationView } from './certificate-verification.view';
import { VerifyCertificateQuery } from './verify-certificate.query';

@QueryHandler(VerifyCertificateQuery)
export class VerifyCertificateHandler implements IQueryHandler<
  VerifyCertificateQuery,
  CertificateVerificationView | null
> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  /**
   * Null when no certificate has the code. The database is asked for the digest of what was given
   * (so its index comparisons reveal nothing about a stored code), and the digest found is compared
   * again in constant time.
   */
  async execute({ code }: VerifyCertificateQuery): Promise<CertificateVerificationView | null> {
    const canonical = canonicalVerificationCode(code);
    if (canonical === null) return null;
    const digest = digestOf(canonical);
    const found = await new CertificateReader(this.dataSource.manager).byDigest(digest);
    if (!found || !sameDigest(found.digest, digest)) return null;
    if (found.certificate.revokedAt !== null) {
      return {
        status: 'REVOKED',
        valid: false,
        name: null,
        sessionSequence: null,
        sessionTitle: null,
        sessionDate: null,
      };
    }
    const { session } = found;
    return {
      status: 'VALID',
      valid: true,
      name: found.certificate.participantName,
      sessionSequence: session.sequence,
      sessionTitle: session.title,
      sessionDate: localDate(session.startsAt, session.timezone),
    };
  }
}
