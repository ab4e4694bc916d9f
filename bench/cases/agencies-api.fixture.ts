import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../libs/testing/src/kafka/ports';
import { createTestDatabase, type TestDatabase } from '../../libs/testing/src/postgres/test-database';
import type { BenchContext } from '../lib/bench-case';
import { startServer, type ServerProcess } from '../lib/processes';
import { shared } from '../lib/shared-resources';

/**
 * Both sides of the API cases, each in its own process on its own fresh database: the bare
 * Fastify + pg server and the agencies service (dev auth, in-process transport). A person with
 * the organiser role holds a dev token for the platform (organisers register ACTIVE agencies).
 */
export interface AgenciesApiPair {
  bare: ServerProcess;
  platform: ServerProcess;
  token: string;
  stop(): Promise<void>;
}

export async function startAgenciesApiPair(ctx: BenchContext, name: string): Promise<AgenciesApiPair> {
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
    const platformDb = await createTestDatabase(`bench_${name}_agencies`);
    databases.push(platformDb);
    const busDb = await createTestDatabase(`bench_${name}_bus`);
    databases.push(busDb);
    ctx.progress(`${name}: starting the bare server and the agencies service`);
    const bare = await startServer({
      script: join(ctx.buildDir, 'bench/servers/bare-agencies.server.js'),
      port: await findFreePort(),
      env: { ...ctx.env, DATABASE_URL: bareDb.url },
      readyPath: '/health',
    });
    servers.push(bare);
    const platform = await startServer({
      script: join(ctx.buildDir, 'bench/servers/agencies-platform.server.js'),
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
    const minted = await fetch(`${platform.url}/api/v1/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub: 'bench-organiser', name: 'Bench Organiser', roles: ['organiser'] }),
    });
    if (minted.status !== 201) throw new Error(`dev token: ${minted.status} ${await minted.text()}`);
    const { accessToken } = (await minted.json()) as { accessToken: string };
    return { bare, platform, token: accessToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const AGENCIES_API = 'agencies-api';

/** One pair for both API cases in a run (starting it costs more than a quick round). */
export function sharedAgenciesApiPair(ctx: BenchContext): Promise<AgenciesApiPair> {
  return shared(AGENCIES_API, () => startAgenciesApiPair(ctx, 'api'));
}

export const AGENCY_BODY = {
  name: 'Bench Reading Agency',
  acronym: 'BRA',
  tier: 'FEDERAL',
  sector: 'INFORMATION_TECHNOLOGY',
  contactEmail: 'cert@bench.example.gov.pk',
};

/** Creates one agency on a side and returns its id. */
export async function createAgency(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(AGENCY_BODY),
  });
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
