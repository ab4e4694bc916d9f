import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { encodeCursor } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import type { SseFeed } from '../../../streaming/sse-stream';
import { isLogPosition } from '../../../streaming/stream-position';
import { InboxReader } from '../../infrastructure/inbox.reader';
import { toNotificationView } from '../notification.view';
import { StreamMyNotificationsQuery } from './stream-my-notifications.query';

/** Notifications read per wake-up of a stream. */
const BATCH = 100;

/**
 * What the inbox stream serves: the caller's readable notifications after the position given (or,
 * without one, those arriving from now on), `event: notification`, each with its position as `id`.
 */
@QueryHandler(StreamMyNotificationsQuery)
export class StreamMyNotificationsHandler implements IQueryHandler<StreamMyNotificationsQuery, SseFeed> {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  async execute({ person, after }: StreamMyNotificationsQuery): Promise<SseFeed> {
    const reader = new InboxReader(this.dataSource.manager);
    return {
      start: isLogPosition(after) ? after : await reader.latestSeq(person),
      next: async (position) => {
        const rows = await reader.list(person, { limit: BATCH, afterSeq: position });
        const events = rows.map((r) => ({
          id: encodeCursor([r.seq]),
          event: 'notification',
          data: toNotificationView(r),
        }));
        return { events, position: rows.length > 0 ? rows[rows.length - 1].seq : position };
      },
    };
  }
}
