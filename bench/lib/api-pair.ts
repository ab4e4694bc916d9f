import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../libs/testing/src/kafka/ports';
import { createTestDatabase, type TestDatabase } from '../../libs/testing/src/postgres/test-database';
import type { BenchContext } from './bench-case';
import { startServer, type ServerProcess } from './processes';

/** What an HTTP case's platform side is: its server script and what its database needs first. */
export interface PlatformSide {
  /** The service, for database names and progress lines (`agencies`, `exchange`). */
  service: string;
  /** The platform server under `bench/servers/`, compiled (`agencies-platform.server.js`). */
  script: string;
  /** Prepares the platform's fresh database before the server starts (migrations, seed rows). */
  prepare?: (databaseUrl: string) => Promise<void>;
  /** Settings of this side only (a what-if: `OUTBOX_RELAY_GATHER_MS=20`). */
  env?: Record<string, string>;
}

/**
 * Both sides of an HTTP case, each in its own process on its own fresh database: the bare
 * Fastify + pg server and a platform service (dev auth, in-process transport on its own bus
 * database). `token` mints a development token on the platform.
 */
export interface ApiPair {
  bare: ServerProcess;
  platform: ServerProcess;
  token(sub: string, roles: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** A platform service's server on its own fresh databases, with a way to mint dev tokens. */
export interface PlatformServer {
  server: ServerProcess;
  token(sub: string, roles: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts `bench/servers/<side.script>` of the build in `buildDir` (dev auth, in-process transport)
 * on fresh service and bus databases named after `name`; `env` is added to the child's environment.
 */
export async function startPlatformServer(
  buildDir: string,
  name: string,
  side: PlatformSide,
  env: NodeJS.ProcessEnv,
): Promise<PlatformServer> {
  const databases: TestDatabase[] = [];
  let server: ServerProcess | undefined;
  const authDir = await mkdtemp(join(tmpdir(), 'csg-bench-auth-'));
  const stop = async () => {
    await server?.stop();
    for (const db of databases) await db.drop().catch(() => undefined);
    await rm(authDir, { recursive: true, force: true });
  };
  try {
    const platformDb = await createTestDatabase(`bench_${name}_${side.service}`);
    databases.push(platformDb);
    const busDb = await createTestDatabase(`bench_${name}_bus`);
    databases.push(busDb);
    await side.prepare?.(platformDb.url);
    server = await startServer({
      script: join(buildDir, 'bench/servers', side.script),
      port: await findFreePort(),
      env: {
        ...env,
        DATABASE_URL: platformDb.url,
        BUS_DATABASE_URL: busDb.url,
        AUTH_MODE: 'dev',
        AUTH_DEV_DATA_DIR: authDir,
        ...side.env,
      },
      readyPath: '/health/ready',
      nodeArgs: (process.env.BENCH_PLATFORM_NODE_ARGS ?? '').split(' ').filter(Boolean),
    });
    const url = server.url;
    const token = async (sub: string, roles: string[]) => {
      const minted = await fetch(`${url}/api/v1/dev/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub, name: sub, roles }),
      });
      if (minted.status !== 201) throw new Error(`dev token: ${minted.status} ${await minted.text()}`);
      return ((await minted.json()) as { accessToken: string }).accessToken;
    };
    return { server, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function startApiPair(ctx: BenchContext, name: string, side: PlatformSide): Promise<ApiPair> {
  let bare: ServerProcess | undefined;
  let bareDb: TestDatabase | undefined;
  let platform: PlatformServer | undefined;
  const stop = async () => {
    await bare?.stop();
    await platform?.stop();
    await bareDb?.drop().catch(() => undefined);
  };
  try {
    bareDb = await createTestDatabase(`bench_${name}_bare`);
    ctx.progress(`${name}: starting the bare server and the ${side.service} service`);
    bare = await startServer({
      script: join(ctx.buildDir, 'bench/servers/bare-agencies.server.js'),
      port: await findFreePort(),
      env: { ...ctx.env, DATABASE_URL: bareDb.url },
      readyPath: '/health',
    });
    platform = await startPlatformServer(ctx.buildDir, name, side, ctx.env);
    return { bare, platform: platform.server, token: platform.token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
