import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { NOTIFICATIONS_MIGRATIONS } from '../src/notifications.migrations';
import { NOTIFICATIONS_OUTBOX } from '../src/notifications.outbox';

export interface NotificationsDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  drop(): Promise<void>;
}

/** A fresh database with every notifications migration applied, as the service opens it. */
export async function openNotificationsDatabase(prefix: string): Promise<NotificationsDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: [],
    migrations: NOTIFICATIONS_MIGRATIONS,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), '/csg/notifications'),
      NOTIFICATIONS_OUTBOX,
    ),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
