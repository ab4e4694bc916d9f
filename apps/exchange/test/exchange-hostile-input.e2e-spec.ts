import fc from 'fast-check';
import { ExchangeTestPlatform, practiceBody, type Person } from './exchange-platform.fixture';

/** Text and values that break naive code: NUL, lone surrogates, control characters, huge strings. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '\u001b[31m',
    '%_\\',
    "'; DROP TABLE practices; --",
    'PR.AA-99',
    'TLP:RED',
    'x'.repeat(100_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('\u0000', 'PR.AA', 'x'.repeat(5_000))), { maxLength: 60 }),
  fc.object({ maxDepth: 3 }),
);
const field = fc.constantFrom(
  'agencyId',
  'title',
  'summary',
  'body',
  'tags',
  'sectors',
  'frameworkRefs',
  'tlp',
  'sharedWithAgencyIds',
  'recipientSubs',
  'sessionId',
  'parentId',
  'note',
  'reason',
  'status',
  'version',
  'authorSub',
  '__proto__',
);
/** A valid body with some fields replaced or added by hostile values. */
const hostile = (valid: () => Record<string, unknown>) =>
  fc.dictionary(field, nasty, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));

/** Percent-encoded text; a lone surrogate becomes invalid UTF-8 bytes, as a hostile client would send it. */
function queryText(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/**
 * Hostile input to every mutating exchange route (quality.md, security 6): only success or a
 * 4xx problem document, never a 5xx, and a refused request changes nothing.
 */
describe('hostile input to the exchange routes', () => {
  let api: ExchangeTestPlatform;
  let practiceId: string;
  let commentId: string;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_hostile');
    const A = api.agencies.A;
    practiceId = (await api.as('authorA', 'POST', 'practices', { body: practiceBody(A) })).body.id;
    await api.as('authorA', 'POST', `practices/${practiceId}/submit`);
    await api.as('organiser', 'POST', `practices/${practiceId}/approve`);
    commentId = (
      await api.as('memberB', 'POST', `practices/${practiceId}/comments`, { body: { body: 'Hello' } })
    ).body.id;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const counts = async () =>
    (
      await api.query(
        'exchange',
        `SELECT (SELECT count(*) FROM practices)::int AS practices, (SELECT count(*) FROM practice_revisions)::int AS revisions,
                (SELECT count(*) FROM practice_comments)::int AS comments,
                (SELECT count(*) FROM practice_endorsements)::int AS endorsements,
                (SELECT count(*) FROM outbox)::int AS outbox,
                (SELECT max(version) FROM practices)::int AS versions,
                (SELECT max(version) FROM practice_comments)::int AS commentVersions`,
      )
    )[0];

  const routes: Array<[string, string, Person, () => string, () => Record<string, unknown>]> = [
    ['POST', 'practices', 'authorA', () => 'practices', () => practiceBody(api.agencies.A)],
    ['PATCH', 'practices/:id', 'authorA', () => `practices/${practiceId}`, () => ({})],
    [
      'POST',
      'practices/:id/reject',
      'organiser',
      () => `practices/${practiceId}/reject`,
      () => ({ reason: 'No' }),
    ],
    [
      'POST',
      'practices/:id/comments',
      'memberC',
      () => `practices/${practiceId}/comments`,
      () => ({ body: 'Hi' }),
    ],
    [
      'PATCH',
      'practices/:id/comments/:commentId',
      'memberB',
      () => `practices/${practiceId}/comments/${commentId}`,
      () => ({ body: 'Edited' }),
    ],
    [
      'POST',
      'practices/:id/endorsements',
      'memberC',
      () => `practices/${practiceId}/endorsements`,
      () => ({ agencyId: api.agencies.C }),
    ],
  ];

  it.each(routes)('%s %s', async (method, _route, person, path, valid) => {
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (body) => {
        const before = await counts();
        const response = await api.as(person, method, path(), { body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(await counts()).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a body over the limit with 413, and answers hostile search parameters without a 5xx', async () => {
    const big = await api.as('authorA', 'POST', 'practices', {
      body: practiceBody(api.agencies.A, { body: 'x'.repeat(2_000_000) }),
    });
    expect(big.status).toBe(413);
    await fc.assert(
      fc.asyncProperty(
        nasty,
        fc.constantFrom('q', 'tag', 'framework', 'sort', 'cursor', 'limit', 'status'),
        async (value, key) => {
          const response = await api.as('memberB', 'GET', `practices?${key}=${queryText(String(value))}`);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
