/**
 * Before/after in one run: the agencies service of two builds side by side (each on its own fresh
 * databases), the same requests alternating between them round by round, so whatever else loads
 * the machine loads both. Reports per side the median throughput, p99 and the server's CPU time
 * per request (the figure a busy machine disturbs least), and the change.
 *
 *   node dist/.bench/bench/tools/compare-builds.js --before <build dir> [--after <build dir>]
 *        [--route read|write] [--rounds 6] [--seconds 3] [--connections 50]
 *        [--before-env K=V,K=V] [--after-env K=V]   (settings of one side only, e.g. OUTBOX_RELAY_GATHER_MS=20)
 *
 * A build dir is what `npm run bench:build` writes (`dist/.bench`), e.g. of a git worktree at
 * the commit before a change: docs/benchmarks.md, "Reproduce a comparison".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../libs/testing/src/kafka/ports';
import { createTestDatabase, type TestDatabase } from '../../libs/testing/src/postgres/test-database';
import type { Measurement } from '../lib/bench-case';
import { runLoad, startServer, type ServerProcess } from '../lib/processes';
import { median } from '../lib/stats';
import { AGENCY_BODY } from '../cases/agencies-api.fixture';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

interface Side {
  label: string;
  buildDir: string;
  server: ServerProcess;
  token: string;
  agencyId: string;
  results: Measurement[];
}

/** `K=V,K=V` → an environment. */
function envOption(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  return Object.fromEntries(
    raw.split(',').map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new Error(`expected K=V, got "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

async function startSide(
  label: string,
  buildDir: string,
  env: Record<string, string>,
  cleanup: Array<() => Promise<void>>,
): Promise<Side> {
  const databases: TestDatabase[] = [];
  for (const suffix of ['agencies', 'bus']) databases.push(await createTestDatabase(`ab_${label}_${suffix}`));
  cleanup.push(async () => {
    for (const db of databases) await db.drop().catch(() => undefined);
  });
  const authDir = await mkdtemp(join(tmpdir(), 'csg-ab-auth-'));
  cleanup.push(() => rm(authDir, { recursive: true, force: true }));
  const server = await startServer({
    script: join(buildDir, 'bench/servers/agencies-platform.server.js'),
    port: await findFreePort(),
    env: {
      ...process.env,
      DATABASE_URL: databases[0].url,
      BUS_DATABASE_URL: databases[1].url,
      AUTH_MODE: 'dev',
      AUTH_DEV_DATA_DIR: authDir,
      ...env,
    },
    readyPath: '/health/ready',
  });
  cleanup.push(() => server.stop());
  const minted = await fetch(`${server.url}/api/v1/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: 'bench-organiser', name: 'Bench Organiser', roles: ['organiser'] }),
  });
  const { accessToken: token } = (await minted.json()) as { accessToken: string };
  const created = await fetch(`${server.url}/api/v1/agencies`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(AGENCY_BODY),
  });
  if (created.status !== 201) throw new Error(`${label}: POST /agencies answered ${created.status}`);
  const { id: agencyId } = (await created.json()) as { id: string };
  return { label, buildDir, server, token, agencyId, results: [] };
}

function summary(side: Side) {
  const of = (pick: (m: Measurement) => number | undefined) =>
    median(side.results.map(pick).filter((v): v is number => typeof v === 'number'));
  return {
    throughput: of((m) => m.throughput),
    p99: of((m) => m.p99Ms),
    cpu: of((m) => m.serverCpuMsPerRequest),
  };
}

async function main(): Promise<void> {
  const before = option('before');
  if (!before) throw new Error('--before <build dir> is required');
  const after = option('after', resolve('dist/.bench'))!;
  const route = option('route', 'read') as 'read' | 'write';
  const rounds = Number(option('rounds', '6'));
  const seconds = Number(option('seconds', '3'));
  const connections = Number(option('connections', '50'));
  const cleanup: Array<() => Promise<void>> = [];
  try {
    const sides = [
      await startSide('before', resolve(before), envOption(option('before-env')), cleanup),
      await startSide('after', after, envOption(option('after-env')), cleanup),
    ];
    const load = (side: Side, warmUp = false) =>
      runLoad(
        after,
        {
          url:
            route === 'read'
              ? `${side.server.url}/api/v1/agencies/${side.agencyId}`
              : `${side.server.url}/api/v1/agencies`,
          method: route === 'read' ? 'GET' : 'POST',
          headers: {
            authorization: `Bearer ${side.token}`,
            ...(route === 'write' ? { 'content-type': 'application/json' } : {}),
          },
          ...(route === 'write' ? { bodies: 'agency' as const } : {}),
          connections: warmUp ? 10 : connections,
          seconds: warmUp ? 1 : seconds,
        },
        process.env,
        side.server,
      );
    for (const side of sides) await load(side, true);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      const line: string[] = [];
      for (const side of order) {
        const m = await load(side);
        side.results.push(m);
        line.push(
          `${side.label} ${Math.round(m.throughput)} req/s, CPU ${m.serverCpuMsPerRequest?.toFixed(3)} ms/request` +
            (m.errors ? `, ${m.errors} errors (${String(m.extra?.statusCodes)})` : ''),
        );
      }
      console.log(`round ${round + 1}/${rounds}: ${line.join('; ')}`);
    }
    const [b, a] = sides.map(summary);
    const change = (x: number, y: number) => `${(((y - x) / x) * 100).toFixed(0)}%`;
    console.log(
      `\n${route}, median of ${rounds} rounds: before ${Math.round(b.throughput)} req/s (p99 ${b.p99} ms, ` +
        `CPU ${b.cpu.toFixed(3)} ms/request) → after ${Math.round(a.throughput)} req/s (p99 ${a.p99} ms, ` +
        `CPU ${a.cpu.toFixed(3)} ms/request): throughput ${change(b.throughput, a.throughput)}, ` +
        `CPU/request ${change(b.cpu, a.cpu)}`,
    );
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
