import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import type { AgendaItem } from '../../domain/agenda-item.entity';
import { SessionRepository } from '../../domain/session-repository.port';
import { toAgendaItemView, type AgendaItemView } from '../../queries/session.view';
import { changeSession } from '../session-change.util';
import { AddAgendaItemCommand } from './add-agenda-item.command';

export interface AgendaChange {
  item: AgendaItemView;
  sessionVersion: number;
}

@CommandHandler(AddAgendaItemCommand)
export class AddAgendaItemHandler implements ICommandHandler<AddAgendaItemCommand, AgendaChange> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ sessionId, details, expectedVersions }: AddAgendaItemCommand): Promise<AgendaChange> {
    return this.unitOfWork.run(async () => {
      let item: AgendaItem | undefined;
      const session = await changeSession(this.sessions, sessionId, expectedVersions, (s) => {
        item = s.addAgendaItem(randomUUID(), details, this.clock.now());
      });
      return { item: toAgendaItemView(item!), sessionVersion: session.snapshot().version };
    });
  }
}
