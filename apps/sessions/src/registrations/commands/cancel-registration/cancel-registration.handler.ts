import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { readerOf } from '../../../access/caller.util';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { RegistrationRepository } from '../../domain/registration-repository.port';
import { lockVisibleSession, mayManage, registrationNotFound } from '../registration-access.util';
import { promoteWaitlisted } from '../waitlist.util';
import { CancelRegistrationCommand } from './cancel-registration.command';

@CommandHandler(CancelRegistrationCommand)
export class CancelRegistrationHandler implements ICommandHandler<CancelRegistrationCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly clock: Clock,
  ) {}

  execute({ sessionId, registrationId, actor }: CancelRegistrationCommand): Promise<void> {
    const reader = readerOf(actor);
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const session = await lockVisibleSession(this.sessions, sessionId, reader);
      const registration = await this.registrations.lockById(sessionId, registrationId);
      if (!registration || !mayManage(reader, registration.snapshot())) throw registrationNotFound();
      const freedASeat = registration.cancel(session.snapshot(), now);
      await this.registrations.save([registration]);
      if (freedASeat) await promoteWaitlisted(this.registrations, session, now);
    });
  }
}
