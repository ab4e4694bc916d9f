import type { BenchCase } from '../lib/bench-case';
import type { LoadJob } from '../lib/load-job';
import { runLoad, type ServerProcess } from '../lib/processes';
import { AGENCIES_API, sharedAgenciesApiPair } from './agencies-api.fixture';

/** `POST /api/v1/agencies` against the bare Fastify + pg outbox `POST`. */
export const apiWriteCase: BenchCase = {
  name: 'api-write',
  title: 'POST /api/v1/agencies (dev JWT, validation, TypeORM, outbox)',
  baselineTitle: 'Fastify + pg: JSON-schema body, row + outbox row in one transaction',
  shares: AGENCIES_API,
  goal: { ratio: 0.6, p99Factor: 2, text: '≥ 0.60, p99 ≤ 2× baseline' },
  async setup(ctx) {
    const pair = await sharedAgenciesApiPair(ctx);
    const post = (server: ServerProcess, path: string, headers: Record<string, string>, warmUp = false) => {
      const job: LoadJob = {
        url: `${server.url}${path}`,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        connections: warmUp ? 10 : ctx.connections,
        seconds: warmUp ? ctx.warmUpSeconds : ctx.seconds,
        bodies: 'agency',
      };
      return runLoad(ctx.buildDir, job, ctx.env, server);
    };
    const baseline = (warmUp = false) => post(pair.bare, '/agencies', {}, warmUp);
    const platform = (warmUp = false) =>
      post(pair.platform, '/api/v1/agencies', { authorization: `Bearer ${pair.token}` }, warmUp);
    // A short warm-up of each side (JIT, pools, caches) that is not measured.
    await baseline(true);
    await platform(true);
    return {
      // Alternate which side goes first, so neither always runs on a warmer (or fuller) machine.
      async round(index) {
        if (index % 2 === 0) {
          const b = await baseline();
          return { baseline: b, platform: await platform() };
        }
        const p = await platform();
        return { platform: p, baseline: await baseline() };
      },
      teardown: async () => undefined, // shared with the other API case; stopped at the end of the run
    };
  },
};
