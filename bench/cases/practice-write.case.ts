import type { BenchCase } from '../lib/bench-case';
import type { LoadJob } from '../lib/load-job';
import { runLoad, type ServerProcess } from '../lib/processes';
import { BENCH_AGENCY_ID, startPracticeApiPair } from './practice-api.fixture';

/** `POST /api/v1/practices` (a draft) against the bare Fastify + pg outbox `POST`. */
export const practiceWriteCase: BenchCase = {
  name: 'practice-write',
  title: 'POST /api/v1/practices: a draft (dev JWT, membership policy, validation, TypeORM, revision 1)',
  baselineTitle: 'Fastify + pg: JSON-schema body, row + outbox row in one transaction',
  goal: { ratio: 0.6, p99Factor: 2, text: '≥ 0.60, p99 ≤ 2× baseline' },
  async setup(ctx) {
    const pair = await startPracticeApiPair(ctx, 'practice_write');
    const env = { ...ctx.env, BENCH_PRACTICE_AGENCY_ID: BENCH_AGENCY_ID };
    const post = (
      server: ServerProcess,
      path: string,
      bodies: LoadJob['bodies'],
      headers: Record<string, string>,
      warmUp = false,
    ) =>
      runLoad(
        ctx.buildDir,
        {
          url: `${server.url}${path}`,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          connections: warmUp ? 10 : ctx.connections,
          seconds: warmUp ? 1 : ctx.seconds,
          bodies,
        },
        env,
        server,
      );
    const baseline = (warmUp = false) => post(pair.bare, '/agencies', 'agency', {}, warmUp);
    const platform = (warmUp = false) =>
      post(
        pair.platform,
        '/api/v1/practices',
        'practice',
        { authorization: `Bearer ${pair.member}` },
        warmUp,
      );
    await baseline(true);
    await platform(true);
    return {
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
