import { contextParts } from '@csg/runtime';
import { AttendanceCertifier } from '../sessions/domain/attendance-certifier.port';
import { CertificateIssuer } from './commands/issue-certificates/certificate.issuer';
import { RevokeCertificateController } from './commands/revoke-certificate/revoke-certificate.controller';
import { RevokeCertificateHandler } from './commands/revoke-certificate/revoke-certificate.handler';
import { CertificateRepository } from './domain/certificate-repository.port';
import { CertificateLinks } from './infrastructure/certificate-links';
import { TypeOrmCertificateRepository } from './infrastructure/certificate.repository';
import { GetCertificatePdfController } from './queries/get-certificate-pdf/get-certificate-pdf.controller';
import { GetCertificatePdfHandler } from './queries/get-certificate-pdf/get-certificate-pdf.handler';
import { VerifyCertificateController } from './queries/verify-certificate/verify-certificate.controller';
import { VerifyCertificateHandler } from './queries/verify-certificate/verify-certificate.handler';

/**
 * The certificates context: certificates of attendance of completed sessions (issued by the
 * session's completion and by attendance recorded afterwards), their PDF, their public
 * verification and their revocation (ADR 80).
 */
export const CERTIFICATE_PARTS = contextParts({
  useCases: [
    [RevokeCertificateController, RevokeCertificateHandler],
    [GetCertificatePdfController, GetCertificatePdfHandler],
    [VerifyCertificateController, VerifyCertificateHandler],
  ],
  providers: [
    { provide: AttendanceCertifier, useClass: CertificateIssuer },
    { provide: CertificateLinks, useFactory: () => CertificateLinks.fromEnv() },
    { provide: CertificateRepository, useClass: TypeOrmCertificateRepository },
  ],
});
