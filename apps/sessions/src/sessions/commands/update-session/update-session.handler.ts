import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { promoteWaitlisted } from '../../../registrations/commands/waitlist.util';
import { RegistrationRepository } from '../../../registrations/domain/registration-repository.port';
import { SessionRepository } from '../../domain/session-repository.port';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { UpdateSessionCommand } from './update-session.command';

@CommandHandler(UpdateSessionCommand)
export class UpdateSessionHandler implements ICommandHandler<UpdateSessionCommand, SessionView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly clock: Clock,
  ) {}

  /** More seats promote the waitlist at once; fewer than the confirmed ones are refused. */
  execute({ sessionId, changes, expectedVersions }: UpdateSessionCommand): Promise<SessionView> {
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const session = await changeSession(this.sessions, sessionId, expectedVersions, async (s) => {
        s.update(changes, await this.registrations.seatsTaken(sessionId), now);
      });
      await promoteWaitlisted(this.registrations, session, now);
      return toSessionView(session.snapshot());
    });
  }
}
