import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
  itRefusesMalformedBodies,
  queryText,
  type HostileRoute,
} from '../../embedded/test/hostile-input';
import { ExchangeTestPlatform, practiceBody, type Person } from './exchange-platform.fixture';

const nasty = hostileValue(
  ["'; DROP TABLE practices; --", 'PR.AA-99', 'TLP:RED'],
  [fc.array(fc.oneof(fc.string(), fc.constantFrom('\u0000', 'PR.AA', 'x'.repeat(5_000))), { maxLength: 60 })],
);
const hostile = hostileBodies(
  [
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
    'authorSub',
  ],
  nasty,
);

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

  const routes: Array<HostileRoute<Person>> = [
    {
      method: 'POST',
      route: 'practices',
      as: () => 'authorA',
      path: () => 'practices',
      bodies: hostile(() => practiceBody(api.agencies.A)),
    },
    {
      method: 'PATCH',
      route: 'practices/:id',
      as: () => 'authorA',
      path: () => `practices/${practiceId}`,
      bodies: hostile(() => ({})),
    },
    {
      method: 'POST',
      route: 'practices/:id/reject',
      as: () => 'organiser',
      path: () => `practices/${practiceId}/reject`,
      bodies: hostile(() => ({ reason: 'No' })),
    },
    {
      method: 'POST',
      route: 'practices/:id/comments',
      as: () => 'memberC',
      path: () => `practices/${practiceId}/comments`,
      bodies: hostile(() => ({ body: 'Hi' })),
    },
    {
      method: 'PATCH',
      route: 'practices/:id/comments/:commentId',
      as: () => 'memberB',
      path: () => `practices/${practiceId}/comments/${commentId}`,
      bodies: hostile(() => ({ body: 'Edited' })),
    },
    {
      method: 'POST',
      route: 'practices/:id/endorsements',
      as: () => 'memberC',
      path: () => `practices/${practiceId}/endorsements`,
      bodies: hostile(() => ({ agencyId: api.agencies.C })),
    },
  ];

  itAnswersHostileBodies(routes, {
    platform: () => api,
    send: (person, method, path, body) => api.as(person, method, path, { body }),
    state: counts,
    numRuns: 40,
  });

  itRefusesMalformedBodies({
    platform: () => api,
    path: () => 'practices',
    token: () => api.tokenOf('authorA'),
    valid: () => practiceBody(api.agencies.A),
    field: 'body',
    state: counts,
  });

  it('answers hostile search parameters without a 5xx', async () => {
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
