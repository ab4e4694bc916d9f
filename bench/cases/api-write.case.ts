import type { BenchCase } from '../lib/bench-case';
import { runLoad } from '../lib/processes';
import { startAgenciesApiPair } from './agencies-api.fixture';

/** `POST /api/v1/agencies` against the bare Fastify + pg outbox `POST`. */
export const apiWriteCase: BenchCase = {
  name: 'api-write',
  title: 'POST /api/v1/agencies (dev JWT, validation, TypeORM, outbox)',
  baselineTitle: 'Fastify + pg: JSON-schema body, row + outbox row in one transaction',
  goal: { ratio: 0.6, p99Factor: 2, text: '≥ 0.60, p99 ≤ 2× baseline' },
  async setup(ctx) {
    const pair = await startAgenciesApiPair(ctx, 'api_write');
    const load = (url: string, headers: Record<string, string>) =>
      runLoad(
        ctx.buildDir,
        {
          url,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          connections: ctx.connections,
          seconds: ctx.seconds,
          bodies: 'agency',
        },
        ctx.env,
      );
    const baseline = () => load(`${pair.bare.url}/agencies`, {});
    const platform = () =>
      load(`${pair.platform.url}/api/v1/agencies`, { authorization: `Bearer ${pair.token}` });
    // A short warm-up of each side (JIT, pools, caches) that is not measured.
    await runLoad(
      ctx.buildDir,
      {
        url: `${pair.bare.url}/agencies`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: 10,
        seconds: 1,
        bodies: 'agency',
      },
      ctx.env,
    );
    await runLoad(
      ctx.buildDir,
      {
        url: `${pair.platform.url}/api/v1/agencies`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${pair.token}` },
        connections: 10,
        seconds: 1,
        bodies: 'agency',
      },
      ctx.env,
    );
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
      teardown: () => pair.stop(),
    };
  },
};
