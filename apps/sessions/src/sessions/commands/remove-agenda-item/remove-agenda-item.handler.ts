import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { SessionRepository } from '../../domain/session-repository.port';
import { changeSession } from '../session-change.util';
import { RemoveAgendaItemCommand } from './remove-agenda-item.command';

@CommandHandler(RemoveAgendaItemCommand)
export class RemoveAgendaItemHandler implements ICommandHandler<RemoveAgendaItemCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ sessionId, itemId, expectedVersions }: RemoveAgendaItemCommand): Promise<void> {
    return this.unitOfWork.run(async () => {
      await changeSession(this.sessions, sessionId, expectedVersions, (s) =>
        s.removeAgendaItem(itemId, this.clock.now()),
      );
    });
  }
}
