import { redactUrl } from '../database-admin';
import { ensureDatabaseExists } from '../database-url';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../embedded/embedded-postgres.server';
import { serviceMigrations } from '../migration-registry';
import { runMigrations } from '../migrations/run-migrations';
import { createServiceDataSource } from '../service-data-source';
import { embeddedDatabaseName } from '../service-names';
import { loadServiceMigrations, selectServices, urlsFromEnvironment } from './migration-targets';

async function migrateService(service: string, url: string): Promise<void> {
  const log = (message: string): void => console.log(`[${service}] ${message}`);
  log(`migrating ${redactUrl(url)}`);
  const dataSource = createServiceDataSource({
    name: `${service}-migrate`,
    url,
    entities: [],
    migrations: serviceMigrations(service),
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, { log });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `npm run migrate [-- service...]`: runs the pending migrations of the given services (default
 * all four) against the environment's database URLs or, when none is set, the embedded server.
 */
export async function runMigrateCli(args: readonly string[]): Promise<void> {
  const services = selectServices(args);
  services.forEach(loadServiceMigrations);
  services.forEach(serviceMigrations); // fail before touching any database
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
    for (const [service, url] of urls) await migrateService(service, url);
  } finally {
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
    await embedded?.stop();
  }
}

if (require.main === module) {
  runMigrateCli(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
