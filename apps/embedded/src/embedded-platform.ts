import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApplication } from '@csg/http';
import { PgLogTransport } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@csg/persistence';
import { ProcessRootModule } from '@csg/runtime';
import { SERVICES } from './services';

/** The title of the platform's OpenAPI document. */
export const EMBEDDED_TITLE = 'CyberSecureGov collaboration backend (embedded)';

/** The in-process bus's database (the transport's durable log, ADR 4). */
export const BUS_DATABASE = 'csg_bus';

/** Every database of the embedded platform: one per declared service, plus the bus. */
export const EMBEDDED_DATABASES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(SERVICES.map((service) => [service.name, service.database])),
  bus: BUS_DATABASE,
});

export interface EmbeddedPlatform {
  app: NestFastifyApplication;
  postgres: EmbeddedPostgresHandle | null;
  stop(): Promise<void>;
}

export interface EmbeddedPlatformOptions {
  /** Use these databases (keyed like EMBEDDED_DATABASES) instead of starting the embedded server (tests). */
  databaseUrls?: Record<string, string>;
  dataDir?: string;
}

/**
 * Every declared service in one process, composed from the same service modules as the
 * distributed deployment, on the embedded PostgreSQL (one database per service, plus the
 * in-process bus).
 */
export async function createEmbeddedPlatform(
  options: EmbeddedPlatformOptions = {},
): Promise<EmbeddedPlatform> {
  const log = new JsonLogger('embedded');
  let postgres: EmbeddedPostgresHandle | null = null;
  let urls = options.databaseUrls;
  if (!urls) {
    const started = Date.now();
    postgres = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      databases: Object.values(EMBEDDED_DATABASES),
    });
    const pg = postgres;
    urls = Object.fromEntries(Object.entries(EMBEDDED_DATABASES).map(([key, db]) => [key, pg.urlFor(db)]));
    log.info('embedded PostgreSQL ready', { port: postgres.port, ms: Date.now() - started });
  }
  const given = urls;
  const missing = Object.keys(EMBEDDED_DATABASES).filter((key) => !given[key]);
  if (missing.length > 0) throw new Error(`no database URL for ${missing.join(', ')}`);
  const root = ProcessRootModule.compose({
    transport: () => new PgLogTransport({ url: given.bus }),
    services: SERVICES.map((declaration) => ({ declaration, databaseUrl: given[declaration.name] })),
  });
  const app = await createHttpApplication(root, {
    title: EMBEDDED_TITLE,
    shutdownHooks: false,
  });
  return {
    app,
    postgres,
    stop: async () => {
      await app.close();
      await postgres?.stop();
    },
  };
}
