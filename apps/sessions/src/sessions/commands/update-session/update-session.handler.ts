import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { promoteWaitlisted } from '../../../registrations/commands/waitlist.util';
import { RegistrationRepository } from '../../../registrations/infrastructure/registration.repository';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { UpdateSessionCommand } from './update-session.command';

@CommandHandler(UpdateSessionCommand)
export class UpdateSessionHandler implements ICommandHandler<UpdateSessionCommand, SessionView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** More seats promote the waitlist at once; fewer than the confirmed ones are refused. */
  execute({ sessionId, changes, expectedVersions }: UpdateSessionCommand): Promise<SessionView> {
    return this.unitOfWork.run(async (tx) => {
      const session = await changeSession(tx, sessionId, expectedVersions, async (s) => {
        const seats = await new RegistrationRepository(tx.manager).seatsTaken(sessionId);
        s.update(changes, seats);
      });
      await promoteWaitlisted(tx, session);
      return toSessionView(session.snapshot());
    });
  }
}
