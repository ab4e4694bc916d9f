import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { lockVisibleSession, OPERATOR } from '../../../registrations/commands/registration-access.util';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { certificateNotFound } from '../../domain/certificate.aggregate';
import { CertificateRepository } from '../../domain/certificate-repository.port';
import { RevokeCertificateCommand } from './revoke-certificate.command';

@CommandHandler(RevokeCertificateCommand)
export class RevokeCertificateHandler implements ICommandHandler<RevokeCertificateCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly certificates: CertificateRepository,
    private readonly clock: Clock,
  ) {}

  /** Under the session's lock, so a revocation and a recording of the same session never cross. */
  execute({ sessionId, registrationId, reason }: RevokeCertificateCommand): Promise<void> {
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      await lockVisibleSession(this.sessions, sessionId, OPERATOR);
      const certificate = await this.certificates.lockByRegistration(sessionId, registrationId);
      if (!certificate) throw certificateNotFound();
      certificate.revoke(reason, now);
      await this.certificates.save(certificate);
    });
  }
}
