import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { lintOpenApi } from '@csg/testing/http/openapi-lint';
import { buildOpenApiContract, OPENAPI_CONTRACT_PATH, serialiseContract } from './openapi-contract';

const ROOT = join(__dirname, '..', '..', '..', '..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Operation = {
  parameters?: Array<{ in: string; name: string; schema?: Record<string, unknown> }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
};

/** The top-level entries (`paths › /x`, `components › schemas › X`) where two documents differ. */
function differences(committed: Record<string, unknown>, built: Record<string, unknown>): string[] {
  const sections = (d: Record<string, unknown>) => ({
    ...Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'paths' && k !== 'components')),
    ...Object.fromEntries(Object.entries((d.paths ?? {}) as object).map(([k, v]) => [`paths › ${k}`, v])),
    ...Object.fromEntries(
      Object.entries((d.components ?? {}) as Record<string, object>).flatMap(([kind, entries]) =>
        Object.entries(entries).map(([k, v]) => [`components › ${kind} › ${k}`, v]),
      ),
    ),
  });
  const a = sections(committed);
  const b = sections(built);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

describe('docs/openapi.json, the OpenAPI contract (ADR 62)', () => {
  let document: OpenAPIObject;
  const operations = (): Array<[string, Operation]> =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m): [string, Operation] => [
        `${m.toUpperCase()} ${path}`,
        item[m] as Operation,
      ]),
    );

  beforeAll(async () => {
    document = await buildOpenApiContract();
  });

  it('is what `npm run openapi` builds from the code today', () => {
    const committed = readFileSync(join(ROOT, OPENAPI_CONTRACT_PATH), 'utf8');
    if (committed === serialiseContract(document)) return;
    const changed = differences(
      JSON.parse(committed) as Record<string, unknown>,
      JSON.parse(JSON.stringify(document)),
    );
    throw new Error(
      `${OPENAPI_CONTRACT_PATH} is not what the code builds: run \`npm run openapi\` and commit the result.\n` +
        `Differences in: ${changed.slice(0, 20).join('; ')}${changed.length > 20 ? ` and ${changed.length - 20} more` : ''}`,
    );
  });

  it('is built the same way twice (deterministic)', async () => {
    expect(serialiseContract(await buildOpenApiContract())).toBe(serialiseContract(document));
  });

  it("has no error and no warning under Redocly's recommended rules", async () => {
    const problems = await lintOpenApi(document);
    expect(problems.map((p) => `${p.severity} ${p.ruleId} ${p.pointer ?? ''}: ${p.message}`)).toEqual([]);
  });

  it('describes the production API: no development token routes', () => {
    expect(Object.keys(document.paths).filter((path) => path.includes('/dev/'))).toEqual([]);
    expect(document.components?.securitySchemes).toEqual({
      bearer: expect.objectContaining({ bearerFormat: 'JWT' }),
      'api-key': expect.objectContaining({ scheme: 'bearer' }),
    });
  });

  it("says every media type a route answers with: the roadmap's CSV and xlsx, calendars, event streams", () => {
    const ok = (path: string) =>
      Object.keys((document.paths[path].get as Operation).responses['200'].content ?? {}).sort();
    expect(ok('/api/v1/agencies/{id}/roadmap')).toEqual([
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
    expect(ok('/api/v1/agencies/{id}/roadmap.ics')).toEqual(['text/calendar']);
    expect(ok('/api/v1/sessions/{id}/calendar.ics')).toEqual(['text/calendar']);
    expect(ok('/api/v1/me/notifications/stream')).toEqual(['text/event-stream']);
    expect(ok('/api/v1/events/stream')).toEqual(['text/event-stream']);
  });

  it('gives every problem answer as application/problem+json', () => {
    const wrong = operations().flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status]) => /^[45]/.test(status))
        .filter(([, r]) => Object.keys(r.content ?? {}).join() !== 'application/problem+json')
        .map(([status]) => `${name} ${status}`),
    );
    expect(wrong).toEqual([]);
  });

  it("lists the edge's own answers: 429 and 431 everywhere, 414 with path parameters, 413 and 415 with bodies", () => {
    const missing = operations().flatMap(([name, op]) => {
      const expected = ['429', '431'];
      if ((op.parameters ?? []).some((p) => p.in === 'path')) expected.push('414');
      if (op.requestBody) expected.push('413', '415');
      return expected.filter((status) => !op.responses[status]).map((status) => `${name} ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it("states the validators' bounds: a session's sequence is an integer from 1 to 100000", () => {
    const schemas = document.components!.schemas as Record<string, { properties: Record<string, object> }>;
    expect(schemas.PlanSessionDto.properties.sequence).toEqual(
      expect.objectContaining({ type: 'integer', minimum: 1, maximum: 100_000 }),
    );
    expect(schemas.PlanSessionDto.properties.title).toEqual(
      expect.objectContaining({ minLength: 3, maxLength: 200, pattern: expect.any(String) }),
    );
    const list = document.paths['/api/v1/agencies'].get as Operation;
    expect(list.parameters?.find((p) => p.name === 'limit')?.schema).toEqual(
      expect.objectContaining({ type: 'integer', minimum: 1 }),
    );
  });
});
