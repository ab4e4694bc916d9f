import { createAgency } from './agencies-api.fixture';
import type { BenchCase } from '../lib/bench-case';
import { runLoad, type ServerProcess } from '../lib/processes';
import { practiceBody, startPracticeApiPair } from './practice-api.fixture';

/** `GET /api/v1/practices/{id}` (its TLP check in the SQL) against a bare Fastify `SELECT` by primary key. */
export const practiceReadCase: BenchCase = {
  name: 'practice-read',
  title: 'GET /api/v1/practices/{id}: a published TLP:GREEN practice (dev JWT, read rule in the SQL)',
  baselineTitle: 'Fastify + pg: SELECT by primary key',
  goal: { ratio: 0.5, text: '≥ 0.50' },
  async setup(ctx) {
    const pair = await startPracticeApiPair(ctx, 'practice_read');
    const bareId = await createAgency(`${pair.bare.url}/agencies`, {});
    const practiceId = await publishPractice(pair.platform.url, pair.member, pair.organiser);
    const auth = { authorization: `Bearer ${pair.member}` };
    const get = (server: ServerProcess, path: string, headers: Record<string, string>, warmUp = false) =>
      runLoad(
        ctx.buildDir,
        {
          url: `${server.url}${path}`,
          method: 'GET',
          headers,
          connections: warmUp ? 10 : ctx.connections,
          seconds: warmUp ? 1 : ctx.seconds,
        },
        ctx.env,
        server,
      );
    const baseline = (warmUp = false) => get(pair.bare, `/agencies/${bareId}`, {}, warmUp);
    const platform = (warmUp = false) => get(pair.platform, `/api/v1/practices/${practiceId}`, auth, warmUp);
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

/** A draft by the member, submitted, approved by the organiser: readable by any member of an active agency. */
async function publishPractice(baseUrl: string, member: string, organiser: string): Promise<string> {
  const call = async (token: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const { id } = await call(member, 'practices', practiceBody(1));
  await call(member, `practices/${id}/submit`);
  await call(organiser, `practices/${id}/approve`);
  return id;
}
