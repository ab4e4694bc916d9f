import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { InboxReader } from '../../infrastructure/inbox.reader';
import { MarkAllNotificationsReadCommand } from './mark-all-notifications-read.command';

@CommandHandler(MarkAllNotificationsReadCommand)
export class MarkAllNotificationsReadHandler implements ICommandHandler<
  MarkAllNotificationsReadCommand,
  number
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ person }: MarkAllNotificationsReadCommand): Promise<number> {
    return this.unitOfWork.run((tx) => new InboxReader(tx.manager).markAllRead(person));
  }
}
