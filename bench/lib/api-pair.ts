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

export async function startApiPair(ctx: BenchContext, name: string, side: PlatformSide): Promise<ApiPair> {
  const databases: TestDatabase[] = [];
  const servers: ServerProcess[] = [];
  const authDir = await mkdtemp(join(tmpdir(), 'csg-bench-auth-'));
  const stop = async () => {
    for (const server of servers) await server.stop();
    for (const db of databases) await db.drop().catch(() => undefined);
    await rm(authDir, { recursive: true, force: true });
  };
  try {
    const bareDb = await createTestDatabase(`bench_${name}_bare`);
    databases.push(bareDb);
    const platformDb = await createTestDatabase(`bench_${name}_${side.service}`);
    databases.push(platformDb);
    const busDb = await createTestDatabase(`bench_${name}_bus`);
    databases.push(busDb);
    await side.prepare?.(platformDb.url);
    ctx.progress(`${name}: starting the bare server and the ${side.service} service`);
    const bare = await startServer({
      script: join(ctx.buildDir, 'bench/servers/bare-agencies.server.js'),
      port: await findFreePort(),
      env: { ...ctx.env, DATABASE_URL: bareDb.url },
      readyPath: '/health',
    });
    servers.push(bare);
    const platform = await startServer({
      script: join(ctx.buildDir, 'bench/servers', side.script),
      port: await findFreePort(),
      env: {
        ...ctx.env,
        DATABASE_URL: platformDb.url,
        BUS_DATABASE_URL: busDb.url,
        AUTH_MODE: 'dev',
        AUTH_DEV_DATA_DIR: authDir,
      },
      readyPath: '/health/ready',
      nodeArgs: (process.env.BENCH_PLATFORM_NODE_ARGS ?? '').split(' ').filter(Boolean),
    });
    servers.push(platform);
    const token = async (sub: string, roles: string[]) => {
      const minted = await fetch(`${platform.url}/api/v1/dev/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub, name: sub, roles }),
      });
      if (minted.status !== 201) throw new Error(`dev token: ${minted.status} ${await minted.text()}`);
      return ((await minted.json()) as { accessToken: string }).accessToken;
    };
    return { bare, platform, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
