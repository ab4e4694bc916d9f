import { resolve } from 'node:path';
// Relative on purpose: jest's globalSetup is loaded without moduleNameMapper, so `@csg/...` does not resolve there.
import { postgresAnswers } from '../../../persistence/src/embedded/embedded-database';
import { startEmbeddedPostgres } from '../../../persistence/src/embedded/embedded-postgres.server';
import { DEFAULT_TEST_ADMIN_URL } from './test-database';

export interface TestPostgres {
  adminUrl: string;
  /** Stops the embedded server when one was started; no-op otherwise. */
  stop(): Promise<void>;
}

export const TEST_EMBEDDED_PG_PORT = 54330;
export const TEST_EMBEDDED_PG_DATA_DIR = '.data/test-postgres';

export interface EnsureTestPostgresOptions {
  /** Server tried before starting the embedded one. Default postgres://postgres@127.0.0.1:5432/postgres. */
  probeUrl?: string;
  /** Default `.data/test-postgres` under the working directory. */
  dataDir?: string;
  /** Default TEST_EMBEDDED_PG_PORT or 54330. */
  port?: number;
}

/**
 * A PostgreSQL for the test run: TEST_DATABASE_ADMIN_URL when set, else the local server on
 * 5432 when it answers within 1 s, else the embedded server (`.data/test-postgres`, port
 * 54330). Sets TEST_DATABASE_ADMIN_URL so test workers started afterwards use the same server.
 */
export async function ensureTestPostgres(opts: EnsureTestPostgresOptions = {}): Promise<TestPostgres> {
  const configured = process.env.TEST_DATABASE_ADMIN_URL;
  if (configured) return { adminUrl: configured, stop: async () => undefined };
  const probeUrl = opts.probeUrl ?? DEFAULT_TEST_ADMIN_URL;
  if (await postgresAnswers(probeUrl)) {
    process.env.TEST_DATABASE_ADMIN_URL = probeUrl;
    return { adminUrl: probeUrl, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: resolve(process.cwd(), opts.dataDir ?? TEST_EMBEDDED_PG_DATA_DIR),
    port: opts.port ?? Number(process.env.TEST_EMBEDDED_PG_PORT ?? TEST_EMBEDDED_PG_PORT),
  });
  const adminUrl = server.urlFor('postgres');
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
  return {
    adminUrl,
    stop: async () => {
      await server.stop();
      if (process.env.TEST_DATABASE_ADMIN_URL === adminUrl) delete process.env.TEST_DATABASE_ADMIN_URL;
    },
  };
}
