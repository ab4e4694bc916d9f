import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { SESSIONS_ENTITIES } from '../src/sessions.entities';
import { SESSIONS_MIGRATIONS } from '../src/sessions.migrations';

export interface SessionsDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  drop(): Promise<void>;
}

/** A fresh database with every sessions migration applied, with a pool as large as the service's. */
export async function openSessionsDatabase(prefix: string, poolSize = 10): Promise<SessionsDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: SESSIONS_ENTITIES,
    migrations: SESSIONS_MIGRATIONS,
    poolSize,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(dataSource, new OutboxWriter(createPlatformEventRegistry(), '/csg/sessions')),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
