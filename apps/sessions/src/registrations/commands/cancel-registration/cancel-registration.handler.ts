import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { readerOf } from '../../../access/caller.util';
import { emitAll } from '../../../sessions/commands/session-change.util';
import { registrationEvents } from '../../infrastructure/registration-events.mapper';
import { RegistrationRepository } from '../../infrastructure/registration.repository';
import { lockVisibleSession, mayManage, registrationNotFound } from '../registration-access.util';
import { promoteWaitlisted } from '../waitlist.util';
import { CancelRegistrationCommand } from './cancel-registration.command';

@CommandHandler(CancelRegistrationCommand)
export class CancelRegistrationHandler implements ICommandHandler<CancelRegistrationCommand, void> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ sessionId, registrationId, actor }: CancelRegistrationCommand): Promise<void> {
    const reader = readerOf(actor);
    return this.unitOfWork.run(async (tx) => {
      const session = await lockVisibleSession(tx.manager, sessionId, reader);
      const registrations = new RegistrationRepository(tx.manager);
      const registration = await registrations.lockById(sessionId, registrationId);
      if (!registration || !mayManage(reader, registration.snapshot())) throw registrationNotFound();
      const freedASeat = registration.cancel(session.status);
      await registrations.save([registration]);
      emitAll(tx, registrationEvents(registration.snapshot(), registration.pullFacts(), session.snapshot()));
      if (freedASeat) await promoteWaitlisted(tx, session);
    });
  }
}
