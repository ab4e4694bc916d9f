import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
  itRefusesMalformedBodies,
  type HostileRoute,
} from '../../embedded/test/hostile-input';
import { agencyBody, AgenciesTestPlatform, memberBody } from './agencies-platform.fixture';

const nasty = hostileValue(["'; DROP TABLE agencies; --"]);
const hostile = hostileBodies(
  [
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
  ],
  nasty,
);

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

  /** A refused request publishes nothing. */
  const outbox = async () => (await api.query('agencies', 'SELECT count(*)::int AS n FROM outbox'))[0];
  const asOrganiser = () => organiser;

  const routes: Array<HostileRoute<string>> = [
    {
      method: 'POST',
      route: 'agencies',
      path: () => 'agencies',
      as: asOrganiser,
      bodies: hostile(() => agencyBody()),
    },
    {
      method: 'PATCH',
      route: 'agencies/:id',
      path: () => `agencies/${agencyId}`,
      as: asOrganiser,
      bodies: hostile(() => ({})),
    },
    {
      method: 'POST',
      route: 'agencies/:id/members',
      path: () => `agencies/${agencyId}/members`,
      as: asOrganiser,
      bodies: hostile(() => memberBody(`p${Date.now()}`)),
    },
    {
      method: 'PATCH',
      route: 'agencies/:id/members/:memberId',
      path: () => `agencies/${agencyId}/members/${memberId}`,
      as: asOrganiser,
      bodies: hostile(() => ({})),
    },
  ];

  itAnswersHostileBodies(routes, {
    platform: () => api,
    state: outbox,
    numRuns: 60,
  });

  itRefusesMalformedBodies({
    platform: () => api,
    path: () => 'agencies',
    token: asOrganiser,
    valid: () => agencyBody(),
    deepFields: ['name', 'website', 'unknownField'],
    state: outbox,
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
