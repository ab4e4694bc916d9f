import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { SessionRepository } from '../../domain/session-repository.port';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { CancelSessionCommand } from './cancel-session.command';

@CommandHandler(CancelSessionCommand)
export class CancelSessionHandler implements ICommandHandler<CancelSessionCommand, SessionView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  /** Registrations stay as they were (history); the event tells their holders the session is off. */
  execute({ sessionId, reason, expectedVersions }: CancelSessionCommand): Promise<SessionView> {
    return this.unitOfWork.run(async () => {
      const session = await changeSession(this.sessions, sessionId, expectedVersions, (s) =>
        s.cancel(reason, this.clock.now()),
      );
      return toSessionView(session.snapshot());
    });
  }
}
