import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { findFreePort } from '../../libs/testing/src/kafka/ports';
import { createTestDatabase, type TestDatabase } from '../../libs/testing/src/postgres/test-database';
import { EXCHANGE_MIGRATIONS } from '../../apps/exchange/src/exchange.migrations';
import type { BenchContext } from '../lib/bench-case';
import { startServer, type ServerProcess } from '../lib/processes';

/** The agency whose member writes and reads practices in the practice cases. */
export const BENCH_AGENCY_ID = '00000000-0000-4000-8000-00000000000a';

/**
 * Both sides of the practice cases, each in its own process on its own fresh database: the bare
 * Fastify + pg server (the same as the agencies cases') and the exchange service (dev auth,
 * in-process transport). The exchange's membership projection holds one member of an ACTIVE
 * agency (as the agencies events would have put it there); `member` and `organiser` hold tokens.
 */
export interface PracticeApiPair {
  bare: ServerProcess;
  platform: ServerProcess;
  member: string;
  organiser: string;
  stop(): Promise<void>;
}

export async function startPracticeApiPair(ctx: BenchContext, name: string): Promise<PracticeApiPair> {
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
    const platformDb = await createTestDatabase(`bench_${name}_exchange`);
    databases.push(platformDb);
    const busDb = await createTestDatabase(`bench_${name}_bus`);
    databases.push(busDb);
    await seedMembership(platformDb.url);
    ctx.progress(`${name}: starting the bare server and the exchange service`);
    const bare = await startServer({
      script: join(ctx.buildDir, 'bench/servers/bare-agencies.server.js'),
      port: await findFreePort(),
      env: { ...ctx.env, DATABASE_URL: bareDb.url },
      readyPath: '/health',
    });
    servers.push(bare);
    const platform = await startServer({
      script: join(ctx.buildDir, 'bench/servers/practice-platform.server.js'),
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
    return {
      bare,
      platform,
      member: await token('bench-member', []),
      organiser: await token('bench-organiser', ['organiser']),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The exchange database migrated, with one member of one ACTIVE agency in its projection. */
async function seedMembership(url: string): Promise<void> {
  const dataSource = createServiceDataSource({
    name: 'bench-exchange-seed',
    url,
    entities: [],
    migrations: EXCHANGE_MIGRATIONS,
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    await dataSource.query(
      `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
       VALUES ($1, 'Bench agency', 'BENCH', 'ACTIVE', 1, now())`,
      [BENCH_AGENCY_ID],
    );
    await dataSource.query(
      `INSERT INTO projected_memberships (agency_id, sub, member_id, role, version, updated_at)
       VALUES ($1, 'bench-member', gen_random_uuid(), 'member', 1, now())`,
      [BENCH_AGENCY_ID],
    );
  } finally {
    await dataSource.destroy();
  }
}

/** A valid practice body for the bench agency (drafts have no unique field). */
export function practiceBody(n: number): Record<string, unknown> {
  return {
    agencyId: BENCH_AGENCY_ID,
    title: `Bench practice ${n}: phishing-resistant MFA`,
    summary: 'How an agency rolled out FIDO2 security keys to all staff in six weeks',
    body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department\n3. Retire SMS codes',
    tags: ['mfa', 'identity'],
    sectors: ['OTHER'],
    frameworkRefs: ['PR.AA', 'PR.AA-03'],
    tlp: 'TLP:GREEN',
  };
}
