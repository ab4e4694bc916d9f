import { openServiceTestDatabase, type ServiceTestDatabase } from '@csg/testing/postgres/service-database';
import { NOTIFICATIONS_MIGRATIONS } from '../src/notifications.migrations';
import { NOTIFICATIONS_OUTBOX } from '../src/notifications.outbox';

export type NotificationsDatabase = ServiceTestDatabase;

/** A fresh database with every notifications migration applied, as the service opens it. */
export function openNotificationsDatabase(prefix: string): Promise<NotificationsDatabase> {
  return openServiceTestDatabase(prefix, {
    service: 'notifications',
    entities: [],
    migrations: NOTIFICATIONS_MIGRATIONS,
    outbox: NOTIFICATIONS_OUTBOX,
  });
}
