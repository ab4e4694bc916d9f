import fc from 'fast-check';
import { agencyBody, AgenciesTestPlatform, memberBody } from './agencies-platform.fixture';

/** Text that breaks naive code: NUL, lone surrogates, control characters, huge strings. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '\u001b[31m',
    '%_\\',
    "'; DROP TABLE agencies; --",
    'x'.repeat(100_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 3 }),
);
const field = fc.constantFrom(
  'name',
  'acronym',
  'tier',
  'jurisdiction',
  'sector',
  'parentAgencyId',
  'contactEmail',
  'website',
  'sub',
  'email',
  'displayName',
  'title',
  'role',
  'agencyId',
  'status',
  'version',
  '__proto__',
);
/** A valid body with some fields replaced or added by hostile values. */
const hostile = (valid: () => Record<string, unknown>) =>
  fc.dictionary(field, nasty, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));

describe('hostile input to the agencies routes: only 4xx problems or success, never 5xx', () => {
  let api: AgenciesTestPlatform;
  let organiser: string;
  let agencyId: string;
  let memberId: string;

  beforeAll(async () => {
    api = await AgenciesTestPlatform.start('agencies_hostile');
    organiser = await api.token('organiser-1', ['organiser']);
    agencyId = (await api.call('POST', 'agencies', { token: organiser, body: agencyBody() })).body.id;
    memberId = (
      await api.call('POST', `agencies/${agencyId}/members`, {
        token: organiser,
        body: memberBody('h', 'agency-admin'),
      })
    ).body.id;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const routes: Array<[string, string, () => string, () => Record<string, unknown>]> = [
    ['POST', 'agencies', () => 'agencies', () => agencyBody()],
    ['PATCH', 'agencies/:id', () => `agencies/${agencyId}`, () => ({})],
    [
      'POST',
      'agencies/:id/members',
      () => `agencies/${agencyId}/members`,
      () => memberBody(`p${Date.now()}`),
    ],
    ['PATCH', 'agencies/:id/members/:memberId', () => `agencies/${agencyId}/members/${memberId}`, () => ({})],
  ];

  it.each(routes)('%s %s', async (method, _route, path, valid) => {
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (body) => {
        const outboxBefore = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
        const response = await api.call(method, path(), { token: organiser, body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const outboxAfter = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
          expect(outboxAfter[0].n).toBe(outboxBefore[0].n);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses bodies over the limit with 413', async () => {
    const response = await api.call('POST', 'agencies', {
      token: organiser,
      body: { ...agencyBody(), name: 'x'.repeat(2_000_000) },
    });
    expect(response.status).toBe(413);
  });

  /** JSON `depth` levels deep: arrays and objects, the innermost a string. */
  const nestedJson = (depth: number, objects: boolean[]) => {
    let value = '"x"';
    for (let i = 0; i < depth; i++) value = objects[i % objects.length] ? `{"k":${value}}` : `[${value}]`;
    return value;
  };

  it('refuses JSON deeper than 32 levels with a 400 problem before anything else, and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('name', 'website', 'unknownField'),
        async (depth, objects, key) => {
          const outboxBefore = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
          const body = JSON.stringify(agencyBody()).replace(/}$/, `,"${key}":${nestedJson(depth, objects)}}`);
          const response = await fetch(`${api.baseUrl}/api/v1/agencies`, {
            method: 'POST',
            headers: { authorization: `Bearer ${organiser}`, 'content-type': 'application/json' },
            body,
          });
          // The body itself is one level: the field's value adds `depth`.
          expect(response.status).toBe(400);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = (await response.json()) as { type: string };
          if (depth + 1 > 32) expect(problem.type).toMatch(/json-too-deep$/);
          else expect(problem.type).not.toMatch(/json-too-deep$/);
          const outboxAfter = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
          expect(outboxAfter[0].n).toBe(outboxBefore[0].n);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses every body that is not JSON with a 415 problem, and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=b',
            'application/xml',
            'text/html',
            'application/jsonx',
            'application/octet-stream',
          ),
          fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.+-]{1,20}$/).filter((t) => t !== 'application/json'),
        ),
        fc.oneof(fc.constant(JSON.stringify(agencyBody())), fc.string({ minLength: 1, maxLength: 200 })),
        async (contentType, body) => {
          const outboxBefore = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
          const response = await fetch(`${api.baseUrl}/api/v1/agencies`, {
            method: 'POST',
            headers: { authorization: `Bearer ${organiser}`, 'content-type': contentType },
            body,
          });
          expect(response.status).toBe(415);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const outboxAfter = await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox');
          expect(outboxAfter[0].n).toBe(outboxBefore[0].n);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers hostile development token requests with a token or a 4xx problem, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('sub', 'name', 'email', 'roles', 'exp', '__proto__'), nasty, {
          minKeys: 1,
          maxKeys: 4,
        }),
        async (body) => {
          const response = await api.call('POST', 'dev/tokens', { body });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400)
            expect(response.headers.get('content-type')).toContain('application/problem+json');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('survives hostile query strings on the list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('q', 'tier', 'cursor', 'limit', 'jurisdiction', 'parentAgencyId', 'status'),
          fc.string(),
        ),
        async (query) => {
          const response = await api.call('GET', `agencies?${new URLSearchParams(query)}`, {
            token: organiser,
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 80 },
    );
  });
});
