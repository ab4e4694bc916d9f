import { redactUrl } from '../database-admin';
import { ensureDatabaseExists } from '../database-url';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../embedded/embedded-postgres.server';
import { runMigrations } from '../migrations/run-migrations';
import { createServiceDataSource } from '../service-data-source';
import { embeddedDatabaseName } from '../service-names';
import { selectServices, urlsFromEnvironment } from './migration-targets';

/** A service as `npm run migrate` sees it: its name and its migrations, in order. */
export interface MigrationTarget {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM migration classes
  migrations: readonly Function[];
}

async function migrateService({ name: service, migrations }: MigrationTarget, url: string): Promise<void> {
  const log = (message: string): void => console.log(`[${service}] ${message}`);
  log(`migrating ${redactUrl(url)}`);
  const dataSource = createServiceDataSource({
    name: `${service}-migrate`,
    url,
    entities: [],
    migrations: [...migrations],
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, { log });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `npm run migrate [-- service...]`: runs the pending migrations of the named services (default
 * every one of `targets`) against the environment's database URLs or, when none is set, the
 * embedded server. The caller passes the services (the app side reads its registry): a library
 * never loads application files.
 */
export async function runMigrateCli(
  args: readonly string[],
  targets: readonly MigrationTarget[],
): Promise<void> {
  const byName = new Map(targets.map((target) => [target.name, target]));
  const services = selectServices(args, [...byName.keys()]);
  let embedded: EmbeddedPostgresHandle | undefined;
  let urls = urlsFromEnvironment(services);
  const stopOnSignal = (): void => {
    void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    if (urls) {
      for (const url of urls.values()) await ensureDatabaseExists(url);
    } else {
      const started = Date.now();
      embedded = await startEmbeddedPostgres({ databases: services.map(embeddedDatabaseName) });
      console.log(
        `embedded PostgreSQL on port ${embedded.port} (${embedded.dataDir}), ready in ${Date.now() - started} ms`,
      );
      const server = embedded;
      urls = new Map(services.map((service) => [service, server.urlFor(embeddedDatabaseName(service))]));
    }
    for (const [service, url] of urls) await migrateService(byName.get(service)!, url);
  } finally {
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
    await embedded?.stop();
  }
}
