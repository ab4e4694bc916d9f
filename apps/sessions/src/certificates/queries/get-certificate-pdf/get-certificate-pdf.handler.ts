import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { readerOf } from '../../../access/caller.util';
import { mayManage, registrationNotFound } from '../../../registrations/commands/registration-access.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { SessionListReader } from '../../../sessions/infrastructure/session-list.reader';
import { certificateNotFound, certificateRevoked } from '../../domain/certificate.aggregate';
import { CertificateLinks } from '../../infrastructure/certificate-links';
import { CertificateReader } from '../../infrastructure/certificate.reader';
import { renderCertificatePdf } from './certificate.document';
import { GetCertificatePdfQuery } from './get-certificate-pdf.query';

export interface CertificatePdf {
  fileName: string;
  pdf: Buffer;
}

@QueryHandler(GetCertificatePdfQuery)
export class GetCertificatePdfHandler implements IQueryHandler<GetCertificatePdfQuery, CertificatePdf> {
  constructor(
    @InjectServiceDataSource('sessions') private readonly dataSource: DataSource,
    private readonly links: CertificateLinks,
  ) {}

  /**
   * Whoever may manage the registration reads its certificate (the registrations' own rule); to
   * anyone else the registration does not exist. The session's agenda gives the keynotes and
   * workshops; a completed session's agenda no longer changes.
   */
  async execute({ sessionId, registrationId, viewer }: GetCertificatePdfQuery): Promise<CertificatePdf> {
    const manager = this.dataSource.manager;
    const session = await new SessionListReader(manager).findVisible(viewer, sessionId);
    if (!session) throw sessionNotFound();
    const registration = await new CertificateReader(manager).ofRegistration(sessionId, registrationId);
    if (!registration || !mayManage(readerOf(viewer), registration)) throw registrationNotFound();
    const { certificate } = registration;
    if (!certificate) throw certificateNotFound();
    if (certificate.revokedAt !== null) throw certificateRevoked();
    const titlesOf = (kind: string) => session.agenda.filter((i) => i.kind === kind).map((i) => i.title);
    const pdf = await renderCertificatePdf({
      participantName: certificate.participantName,
      agencyName: certificate.agencyName,
      session,
      keynotes: titlesOf('KEYNOTE'),
      workshops: titlesOf('WORKSHOP'),
      verificationCode: certificate.verificationCode,
      verificationUrl: this.links.verificationUrl(certificate.verificationCode),
      issuedAt: certificate.issuedAt,
    });
    return { fileName: `certificate-of-attendance-session-${session.sequence}.pdf`, pdf };
  }
}
