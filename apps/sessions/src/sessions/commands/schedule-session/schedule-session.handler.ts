import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { toSessionView, type SessionView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { ScheduleSessionCommand } from './schedule-session.command';

@CommandHandler(ScheduleSessionCommand)
export class ScheduleSessionHandler implements ICommandHandler<ScheduleSessionCommand, SessionView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ sessionId, expectedVersions }: ScheduleSessionCommand): Promise<SessionView> {
    return this.unitOfWork.run(async (tx) => {
      const session = await changeSession(tx, sessionId, expectedVersions, (s) => s.schedule());
      return toSessionView(session.snapshot());
    });
  }
}
