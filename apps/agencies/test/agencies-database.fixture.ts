import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { AGENCIES_MIGRATIONS } from '../src/agencies.migrations';
import { AGENCIES_OUTBOX } from '../src/agencies.outbox';
import { AgencyOrmEntity } from '../src/agencies/infrastructure/agency.orm-entity';
import { MemberOrmEntity } from '../src/members/infrastructure/member.orm-entity';

export interface AgenciesDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  drop(): Promise<void>;
}

/** A fresh database with every agencies migration applied, as the service opens it. */
export async function openAgenciesDatabase(prefix: string): Promise<AgenciesDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: [AgencyOrmEntity, MemberOrmEntity],
    migrations: AGENCIES_MIGRATIONS,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), '/csg/agencies'),
      AGENCIES_OUTBOX,
    ),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
