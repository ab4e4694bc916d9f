import type { BenchCase } from '../lib/bench-case';
import { runLoad } from '../lib/processes';
import { createAgency, startAgenciesApiPair } from './agencies-api.fixture';

/** `GET /api/v1/agencies/{id}` against a bare Fastify `SELECT` by primary key. */
export const apiReadCase: BenchCase = {
  name: 'api-read',
  title: 'GET /api/v1/agencies/{id} (dev JWT, visibility rule)',
  baselineTitle: 'Fastify + pg: SELECT by primary key',
  goal: { ratio: 0.5, text: '≥ 0.50' },
  async setup(ctx) {
    const pair = await startAgenciesApiPair(ctx, 'api_read');
    const auth = { authorization: `Bearer ${pair.token}` };
    const bareUrl = `${pair.bare.url}/agencies/${await createAgency(`${pair.bare.url}/agencies`, {})}`;
    const platformUrl = `${pair.platform.url}/api/v1/agencies/${await createAgency(`${pair.platform.url}/api/v1/agencies`, auth)}`;
    const load = (
      url: string,
      headers: Record<string, string>,
      seconds = ctx.seconds,
      connections = ctx.connections,
    ) => runLoad(ctx.buildDir, { url, method: 'GET', headers, connections, seconds }, ctx.env);
    await load(bareUrl, {}, 1, 10);
    await load(platformUrl, auth, 1, 10);
    return {
      async round(index) {
        if (index % 2 === 0) {
          const b = await load(bareUrl, {});
          return { baseline: b, platform: await load(platformUrl, auth) };
        }
        const p = await load(platformUrl, auth);
        return { platform: p, baseline: await load(bareUrl, {}) };
      },
      teardown: () => pair.stop(),
    };
  },
};
