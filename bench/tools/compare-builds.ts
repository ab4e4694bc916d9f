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
import { resolve } from 'node:path';
import type { Measurement } from '../lib/bench-case';
import { runLoad, type ServerProcess } from '../lib/processes';
import { median } from '../lib/stats';
import { createAgency } from '../cases/agencies-api.fixture';
import { startPlatformServer } from '../lib/api-pair';

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
  const platform = await startPlatformServer(
    buildDir,
    `ab_${label}`,
    { service: 'agencies', script: 'agencies-platform.server.js', env },
    process.env,
  );
  cleanup.push(() => platform.stop());
  const token = await platform.token('bench-organiser', ['organiser']);
  const agencyId = await createAgency(`${platform.server.url}/api/v1/agencies`, {
    authorization: `Bearer ${token}`,
  });
  return { label, buildDir, server: platform.server, token, agencyId, results: [] };
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
