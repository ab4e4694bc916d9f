import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { InboxRuleViolation } from '../../domain/inbox.errors';
import { InboxReader } from '../../infrastructure/inbox.reader';
import { toNotificationView, type NotificationView } from '../../queries/notification.view';
import { MarkNotificationReadCommand } from './mark-notification-read.command';

@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<
  MarkNotificationReadCommand,
  NotificationView
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ person, notificationId }: MarkNotificationReadCommand): Promise<NotificationView> {
    return this.unitOfWork.run(async (tx) => {
      const row = await new InboxReader(tx.manager).markRead(person, notificationId);
      if (!row) throw new InboxRuleViolation('NOTIFICATION.NOT_FOUND', 'no such notification in your inbox');
      return toNotificationView(row);
    });
  }
}
