import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import type { AgendaItem } from '../../domain/agenda-item.entity';
import { SessionRepository } from '../../domain/session-repository.port';
import { toAgendaItemView } from '../../queries/session.view';
import type { AgendaChange } from '../add-agenda-item/add-agenda-item.handler';
import { changeSession } from '../session-change.util';
import { ChangeAgendaItemCommand } from './change-agenda-item.command';

@CommandHandler(ChangeAgendaItemCommand)
export class ChangeAgendaItemHandler implements ICommandHandler<ChangeAgendaItemCommand, AgendaChange> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ sessionId, itemId, changes, expectedVersions }: ChangeAgendaItemCommand): Promise<AgendaChange> {
    return this.unitOfWork.run(async () => {
      let item: AgendaItem | undefined;
      const session = await changeSession(this.sessions, sessionId, expectedVersions, (s) => {
        item = s.changeAgendaItem(itemId, changes, this.clock.now());
      });
      return { item: toAgendaItemView(item!), sessionVersion: session.snapshot().version };
    });
  }
}
