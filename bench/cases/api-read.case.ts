import type { BenchCase } from '../lib/bench-case';
import { runLoad, type ServerProcess } from '../lib/processes';
import { AGENCIES_API, createAgency, sharedAgenciesApiPair } from './agencies-api.fixture';

/** `GET /api/v1/agencies/{id}` against a bare Fastify `SELECT` by primary key. */
export const apiReadCase: BenchCase = {
  name: 'api-read',
  title: 'GET /api/v1/agencies/{id} (dev JWT, visibility rule)',
  baselineTitle: 'Fastify + pg: SELECT by primary key',
  shares: AGENCIES_API,
  goal: { ratio: 0.5, text: '≥ 0.50' },
  async setup(ctx) {
    const pair = await sharedAgenciesApiPair(ctx);
    const auth = { authorization: `Bearer ${pair.token}` };
    const bareId = await createAgency(`${pair.bare.url}/agencies`, {});
    const platformId = await createAgency(`${pair.platform.url}/api/v1/agencies`, auth);
    const get = (server: ServerProcess, path: string, headers: Record<string, string>, warmUp = false) =>
      runLoad(
        ctx.buildDir,
        {
          url: `${server.url}${path}`,
          method: 'GET',
          headers,
          connections: warmUp ? 10 : ctx.connections,
          seconds: warmUp ? ctx.warmUpSeconds : ctx.seconds,
        },
        ctx.env,
        server,
      );
    const baseline = (warmUp = false) => get(pair.bare, `/agencies/${bareId}`, {}, warmUp);
    const platform = (warmUp = false) => get(pair.platform, `/api/v1/agencies/${platformId}`, auth, warmUp);
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
      teardown: async () => undefined, // shared with the other API case; stopped at the end of the run
    };
  },
};
