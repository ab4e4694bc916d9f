import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway } from './gateway';

/** Two stand-in replicas that answer with their name and the path they were asked for. */
async function replica(name: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ name, url: request.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the development gateway', () => {
  it('routesByTheTable_RoundRobinOverReplicas_AndAnswers404AndReadiness', async () => {
    const [first, second, other] = await Promise.all([replica('a#1'), replica('a#2'), replica('b#1')]);
    let ready = false;
    const gateway = await createGateway({
      routes: [
        { match: 'pattern', path: '/api/v1/a/[^/]+/b(/|$)', service: 'b' },
        { match: 'prefix', path: '/api/v1/a', service: 'a' },
      ],
      upstreams: new Map([
        ['a', [first.url, second.url]],
        ['b', [other.url]],
      ]),
      ready: async () => ready,
    });
    try {
      const names: string[] = [];
      for (let i = 0; i < 4; i++)
        names.push((await gateway.inject({ url: '/api/v1/a/1?x=1' })).json<{ name: string }>().name);
      expect(names).toEqual(['a#1', 'a#2', 'a#1', 'a#2']);
      expect((await gateway.inject({ url: '/api/v1/a/1/b/2?y=2' })).json()).toEqual({
        name: 'b#1',
        url: '/api/v1/a/1/b/2?y=2',
      });
      const missing = await gateway.inject({ url: '/api/v1/ab' });
      expect([missing.statusCode, missing.headers['content-type']]).toEqual([
        404,
        'application/problem+json; charset=utf-8',
      ]);
      expect((await gateway.inject({ url: '/elsewhere' })).statusCode).toBe(404);
      expect((await gateway.inject({ url: '/health/ready' })).statusCode).toBe(503);
      ready = true;
      expect((await gateway.inject({ url: '/health/ready' })).statusCode).toBe(200);
    } finally {
      await gateway.close();
      for (const { server } of [first, second, other]) server.close();
    }
  });
});
