import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface ServiceDataSourceOptions {
  /** Service name: used as `application_name` (visible in pg_stat_activity) and in messages. */
  name: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes as Function
  entities: Function[] | string[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Default `DB_POOL_SIZE` or 10. */
  poolSize?: number;
  /** Log every query (TypeORM's advanced console logger). Default false. */
  logging?: boolean;
  /** Errors of idle pooled connections (e.g. the server restarted). Default: one warning line. */
  onPoolError?: (error: Error) => void;
}

function positiveIntFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * A TypeORM DataSource for one service's own database: schema only by migrations (never
 * synchronize, never on initialise), snake_case names, a bounded pool that fails fast when the
 * server is unreachable. Not initialised: call `initialize()` then `runMigrations()`.
 */
export function createServiceDataSource(opts: ServiceDataSourceOptions): DataSource {
  const statementTimeout = positiveIntFromEnv('DB_STATEMENT_TIMEOUT_MS', 30_000);
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    applicationName: opts.name,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: opts.poolSize ?? positiveIntFromEnv('DB_POOL_SIZE', 10),
    connectTimeoutMS: positiveIntFromEnv('DB_CONNECT_TIMEOUT_MS', 5_000),
    logging: opts.logging ?? false,
    poolErrorHandler:
      opts.onPoolError ??
      ((error: Error) =>
        console.warn(`[persistence:${opts.name}] pooled connection error: ${error.message}`)),
    extra: {
      // pg settings, sent at connection start-up
      statement_timeout: statementTimeout,
      lock_timeout: Math.min(statementTimeout, 10_000),
      idle_in_transaction_session_timeout: 60_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
  });
}
