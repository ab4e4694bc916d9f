import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { InboxReader } from '../../infrastructure/inbox.reader';
import { toNotificationView, type NotificationPageView } from '../notification.view';
import { ListMyNotificationsQuery } from './list-my-notifications.query';

@QueryHandler(ListMyNotificationsQuery)
export class ListMyNotificationsHandler implements IQueryHandler<
  ListMyNotificationsQuery,
  NotificationPageView
> {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  async execute({ person, unread, limit, after }: ListMyNotificationsQuery): Promise<NotificationPageView> {
    const reader = new InboxReader(this.dataSource.manager);
    const rows = await reader.list(person, {
      limit: limit + 1,
      unread,
      beforeSeq: after?.[0] as string | undefined,
    });
    const page = toPage(rows, limit, (r) => [r.seq], toNotificationView);
    return { ...page, unreadCount: await reader.unreadCount(person) };
  }
}
