import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RouteTable } from '@csg/auth';
import { SERVICES } from '../src/services';
import {
  startDistributedService,
  startEmbeddedTestPlatform,
  type EmbeddedTestPlatform,
} from './platform-test-harness';

const COMMITTED = readFileSync(join(__dirname, '../../../docs/asyncapi.yaml'), 'utf8');

/**
 * Integrators fetch the AsyncAPI document from a running deployment beside the OpenAPI one
 * (ADR 63): public, the committed docs/asyncapi.yaml byte for byte, cacheable by its ETag.
 */
describe('the AsyncAPI document served by the embedded default', () => {
  let running: EmbeddedTestPlatform;

  beforeAll(async () => {
    running = await startEmbeddedTestPlatform('asyncapi');
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('serves /api/asyncapi.yaml without credentials as application/yaml: docs/asyncapi.yaml, cacheable', async () => {
    const answer = await fetch(`${running.baseUrl}/api/asyncapi.yaml`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/yaml');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(await answer.text()).toBe(COMMITTED);
  });

  it('serves /api/asyncapi.json as application/json: the same document', async () => {
    const answer = await fetch(`${running.baseUrl}/api/asyncapi.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await answer.json()).toEqual(parse(COMMITTED));
  });

  it('answers a request that already holds the document (If-None-Match) with 304 and no body', async () => {
    const first = await fetch(`${running.baseUrl}/api/asyncapi.json`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${running.baseUrl}/api/asyncapi.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${running.baseUrl}/api/asyncapi.json`, {
      headers: { 'if-none-match': '"old"' },
    });
    expect(stale.status).toBe(200);
  });

  it('is outside the API, like /api/docs: in neither the OpenAPI document nor the route table', async () => {
    const openapi = (await (await fetch(`${running.baseUrl}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths).filter((path) => path.includes('asyncapi'))).toEqual([]);
    const routes = running.app.get(RouteTable).routes();
    expect(routes.filter((route) => route.path.includes('asyncapi'))).toEqual([]);
  });
});

describe('the AsyncAPI document served by each service in the distributed mode', () => {
  it.each(SERVICES.map((declaration) => [declaration.name, declaration] as const))(
    '%s serves the same document at /api/asyncapi.yaml',
    async (_name, declaration) => {
      const service = await startDistributedService(declaration);
      try {
        const answer = await fetch(`${service.baseUrl}/api/asyncapi.yaml`);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('application/yaml');
        expect(await answer.text()).toBe(COMMITTED);
      } finally {
        await service.stop();
      }
    },
  );
});
