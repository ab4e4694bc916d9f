import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { EXCHANGE_ENTITIES } from '../src/exchange.entities';
import { EXCHANGE_MIGRATIONS } from '../src/exchange.migrations';

export interface ExchangeDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  drop(): Promise<void>;
}

/** A fresh database with every exchange migration applied, as the service opens it. */
export async function openExchangeDatabase(prefix: string): Promise<ExchangeDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: EXCHANGE_ENTITIES,
    migrations: EXCHANGE_MIGRATIONS,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(dataSource, new OutboxWriter(createPlatformEventRegistry(), '/csg/exchange')),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
