import type { CertificateFacts } from '../src/certificates/queries/get-certificate-pdf/certificate.document';
import { CertificateLinks } from '../src/certificates/infrastructure/certificate-links';

/** A fixed code, so the pictures in docs/reports/ change only when the certificate's look does. */
const CODE = '7KQ2M9XDR4HT8WBC1NPEVJ6S3FZA';

/**
 * Ayesha Khan of the Higher Education Commission at session 8 (a keynote and two workshops), as
 * a certificate of attendance tells it: the document's tests and `npm run docs:reports` use it.
 */
export function storyCertificateFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    participantName: 'Ayesha Khan',
    agencyName: 'Higher Education Commission',
    session: {
      sequence: 8,
      title: 'Identifying and managing cyber risk',
      startsAt: new Date('2026-12-10T05:00:00Z'),
      endsAt: new Date('2026-12-10T10:00:00Z'),
      timezone: 'Asia/Karachi',
      mode: 'IN_PERSON',
      venue: 'National CERT auditorium, Islamabad',
    },
    keynotes: ['Cyber risk in the public sector'],
    workshops: ['Writing a risk register', 'From profile to roadmap'],
    verificationCode: CODE,
    verificationUrl: new CertificateLinks('https://csg.example.gov.pk').verificationUrl(CODE),
    issuedAt: new Date('2026-12-10T12:00:00Z'),
    ...overrides,
  };
}
