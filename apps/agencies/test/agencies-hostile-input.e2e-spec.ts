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
