import { type DynamicModule, Inject, Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runMigrations } from './migrations/run-migrations';
import { createServiceDataSource, type ServiceDataSourceOptions } from './service-data-source';

export type PersistenceForServiceOptions = Pick<
  ServiceDataSourceOptions,
  'name' | 'url' | 'entities' | 'migrations' | 'poolSize' | 'logging'
>;

/** Injection token of a service's DataSource (the same as @nestjs/typeorm's `getDataSourceToken(name)`). */
export function serviceDataSourceToken(name: string): string {
  return getDataSourceToken(name) as string;
}

export const InjectServiceDataSource = (name: string): ParameterDecorator & PropertyDecorator =>
  Inject(serviceDataSourceToken(name));

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P03',
]);

/** Retry start-up only while the server cannot be reached, never after a failed migration. */
function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    (code !== undefined && CONNECTION_ERROR_CODES.has(code)) ||
    /timeout expired|connection terminated/i.test(message ?? '')
  );
}

async function openAndMigrate(opts: PersistenceForServiceOptions, logger: Logger): Promise<DataSource> {
  const dataSource = createServiceDataSource(opts);
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, { log: (message) => logger.log(message), progressBar: false });
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/**
 * One service's database: `PersistenceModule.forService({ name, url, entities, migrations })`
 * opens a named DataSource (so several services can share a process), runs pending migrations
 * before the application starts, and closes it on application shutdown (`app.close()`).
 * Inject it with `@InjectServiceDataSource(name)`, repositories with `@InjectRepository(Entity, name)`.
 */
@Module({})
export class PersistenceModule {
  static forService(opts: PersistenceForServiceOptions): DynamicModule {
    if (!opts.name || opts.name === 'default')
      throw new Error('PersistenceModule.forService needs a service name');
    const logger = new Logger(`Persistence:${opts.name}`);
    const root = TypeOrmModule.forRootAsync({
      name: opts.name,
      useFactory: () => ({
        retryAttempts: 5,
        retryDelay: 1_000,
        toRetry: isConnectionError,
        verboseRetryLog: true,
      }),
      dataSourceFactory: () => openAndMigrate(opts, logger),
    });
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM entity classes
    const entityClasses = opts.entities.filter((entity): entity is Function => typeof entity === 'function');
    const repositories = TypeOrmModule.forFeature(entityClasses, opts.name);
    return { module: PersistenceModule, imports: [root, repositories], exports: [repositories] };
  }
}
