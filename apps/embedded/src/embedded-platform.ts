import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApplication } from '@csg/http';
import { PgLogTransport } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { embeddedDatabaseName, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@csg/persistence';
import { ProcessRootModule } from '@csg/runtime';
import { AgenciesModule } from '../../agencies/src/agencies.module';
import { AGENCY_ERROR_STATUSES } from '../../agencies/src/agencies/domain/agency.errors';
import { ExchangeModule } from '../../exchange/src/exchange.module';
import { NotificationsModule } from '../../notifications/src/notifications.module';
import { SessionsModule } from '../../sessions/src/sessions.module';

export const EMBEDDED_DATABASES = {
  agencies: embeddedDatabaseName('agencies'),
  sessions: embeddedDatabaseName('sessions'),
  exchange: embeddedDatabaseName('exchange'),
  notifications: embeddedDatabaseName('notifications'),
  bus: 'csg_bus',
} as const;

export interface EmbeddedPlatform {
  app: NestFastifyApplication;
  postgres: EmbeddedPostgresHandle | null;
  stop(): Promise<void>;
}

export interface EmbeddedPlatformOptions {
  /** Use these databases instead of starting the embedded server (tests). */
  databaseUrls?: Record<keyof typeof EMBEDDED_DATABASES, string>;
  dataDir?: string;
}

/**
 * All four services in one process, composed from the same service modules as the distributed
 * deployment, on the embedded PostgreSQL (one database per service, plus the in-process bus).
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
    urls = Object.fromEntries(
      Object.entries(EMBEDDED_DATABASES).map(([service, db]) => [service, pg.urlFor(db)]),
    ) as Record<keyof typeof EMBEDDED_DATABASES, string>;
    log.info('embedded PostgreSQL ready', { port: postgres.port, ms: Date.now() - started });
  }
  const root = ProcessRootModule.compose({
    transport: () => new PgLogTransport({ url: urls.bus }),
    services: [
      AgenciesModule.register({ databaseUrl: urls.agencies }),
      SessionsModule.register({ databaseUrl: urls.sessions }),
      ExchangeModule.register({ databaseUrl: urls.exchange }),
      NotificationsModule.register({ databaseUrl: urls.notifications }),
    ],
  });
  const app = await createHttpApplication(root, {
    title: 'CyberSecureGov collaboration backend (embedded)',
    domainErrorStatuses: { ...AGENCY_ERROR_STATUSES },
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
