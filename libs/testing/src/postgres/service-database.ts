import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource, type ServiceDataSourceOptions } from '@csg/persistence/service-data-source';
import { createServiceTestDatabase } from './template-database';
import { createTestDatabase } from './test-database';

/** A service's own database for an integration test: opened, migrated, with its unit of work. */
export interface ServiceTestDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  /** Closes the data source and drops the database. */
  drop(): Promise<void>;
}

export interface ServiceTestDatabaseOptions {
  /** The service, as its events name their source (`/csg/<service>`). */
  service: string;
  entities: ServiceDataSourceOptions['entities'];
  migrations: ServiceDataSourceOptions['migrations'];
  /** How the service's events map to outbox topics and keys, when it declares one. */
  outbox?: ConstructorParameters<typeof UnitOfWork>[2];
  /** The pool size (DB_POOL_SIZE, else 10, unless told). */
  poolSize?: number;
  /**
   * Run every migration on an empty database instead of copying the service's migrated template
   * (ADR 64): for a test of the migrations themselves.
   */
  runMigrations?: boolean;
}

/**
 * A fresh database (named after `prefix`) with every migration of a service applied, as the
 * service opens it: a copy of the service's template database, migrated once per migration set.
 */
export async function openServiceTestDatabase(
  prefix: string,
  options: ServiceTestDatabaseOptions,
): Promise<ServiceTestDatabase> {
  const database = options.runMigrations
    ? await createTestDatabase(prefix)
    : await createServiceTestDatabase(prefix, options.service, options.migrations);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: options.entities,
    migrations: options.migrations,
    ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
  });
  await dataSource.initialize();
  if (options.runMigrations) await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), `/csg/${options.service}`),
      options.outbox,
    ),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
