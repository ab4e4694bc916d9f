import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
  itAnswersNullForEveryBodyField,
  itRefusesHostileCursorsOnEveryList,
  itRefusesHostilePathParameters,
  itRefusesMalformedBodies,
  type HostileRoute,
} from '../../embedded/test/hostile-input';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const DAY = 86_400_000;

const nasty = hostileValue(
  ["'; DROP TABLE assessments; --", '2026-02-30', 'GV.OC-99', 'TLP:RED'],
  [fc.array(fc.object({ maxDepth: 2 }), { maxLength: 3 })],
);
const hostile = hostileBodies(
  [
    'name',
    'frameworkId',
    'opensAt',
    'closesAt',
    'sessionIds',
    'audience',
    'targets',
    'campaignId',
    'copyFrom',
    'answers',
    'sharedWithAgencyIds',
    'comment',
    'title',
    'subcategoryIds',
    'ownerSub',
    'priority',
    'effort',
    'startsOn',
    'dueOn',
    'milestones',
    'practiceIds',
    'sessionId',
    'description',
    'catalog',
    'agencyId',
  ],
  nasty,
);

describe('hostile input to the maturity routes: only 4xx problems or success, never 5xx, and nothing changes on a 4xx', () => {
  let p: MaturityTestPlatform;
  let organiser: string;
  let admin: string;
  let adminA: string;
  let agencyA: string;
  let campaignId: string;
  let assessmentId: string;
  let itemId: string;

  beforeAll(async () => {
    p = await MaturityTestPlatform.start('maturity_hostile');
    organiser = await p.token('org-hostile', ['organiser']);
    admin = await p.token('padmin-hostile', ['platform-admin']);
    agencyA = await p.agencyWith(organiser, { name: 'Hostile Agency', acronym: 'HOST' }, [
      { sub: 'hostile-admin', role: 'agency-admin' },
    ]);
    adminA = await p.token('hostile-admin');
    campaignId = (await p.call('POST', 'campaigns', { token: organiser, body: campaign() })).body.id;
    assessmentId = (
      await p.call('POST', `agencies/${agencyA}/assessments`, { token: adminA, body: { campaignId } })
    ).body.id;
    itemId = (await p.call('POST', `agencies/${agencyA}/roadmap/items`, { token: adminA, body: item() })).body
      .id;
  });

  afterAll(async () => {
    await p?.stop();
  });

  const campaign = () => ({
    name: 'Hostile campaign',
    frameworkId: 'nist-csf-2.0',
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + DAY).toISOString(),
    audience: { kind: 'ALL', values: [] },
    targets: { default: 2 },
  });
  const item = () => ({
    title: 'Hostile item',
    subcategoryIds: ['GV.OC-01'],
    priority: 'P2',
    effort: 'S',
    dueOn: '2030-01-31',
  });
  type BodyRoute = HostileRoute<string> & { valid: () => Record<string, unknown> };
  const withBody = (route: Omit<BodyRoute, 'bodies'>): BodyRoute => ({
    ...route,
    bodies: hostile(route.valid),
  });
  const routes: BodyRoute[] = [
    withBody({
      method: 'POST',
      route: 'campaigns',
      path: () => 'campaigns',
      as: () => organiser,
      valid: campaign,
    }),
    withBody({
      method: 'POST',
      route: 'agencies/:id/assessments',
      path: () => `agencies/${agencyA}/assessments`,
      as: () => adminA,
      valid: () => ({ campaignId }),
    }),
    withBody({
      method: 'PUT',
      route: 'assessments/:id/answers',
      path: () => `assessments/${assessmentId}/answers`,
      as: () => adminA,
      valid: () => ({ answers: [{ subcategoryId: 'GV.OC-01', current: 1 }] }),
    }),
    withBody({
      method: 'PUT',
      route: 'assessments/:id/sharing',
      path: () => `assessments/${assessmentId}/sharing`,
      as: () => adminA,
      valid: () => ({ sharedWithAgencyIds: [] }),
    }),
    withBody({
      method: 'POST',
      route: 'assessments/:id/review',
      path: () => `assessments/${assessmentId}/review`,
      as: () => organiser,
      valid: () => ({ comment: 'ok' }),
    }),
    withBody({
      method: 'POST',
      route: 'agencies/:id/roadmap/items',
      path: () => `agencies/${agencyA}/roadmap/items`,
      as: () => adminA,
      valid: item,
    }),
    withBody({
      method: 'PATCH',
      route: 'roadmap/items/:id',
      path: () => `roadmap/items/${itemId}`,
      as: () => adminA,
      valid: () => ({ status: 'IN_PROGRESS' }),
    }),
    withBody({
      method: 'POST',
      route: 'frameworks/import',
      path: () => 'frameworks/import',
      as: () => admin,
      valid: () => ({
        catalog: {
          uuid: 'u',
          metadata: { title: 'Hostile', version: '1' },
          groups: [{ id: 'g', controls: [{ id: 'c' }] }],
        },
      }),
    }),
  ];

  const snapshot = () =>
    p.query(
      'maturity',
      `SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM campaigns)::int AS campaigns,
              (SELECT count(*) FROM assessments)::int AS assessments, (SELECT coalesce(sum(version), 0) FROM assessments)::int AS av,
              (SELECT count(*) FROM assessment_answers)::int AS answers, (SELECT count(*) FROM roadmap_items)::int AS items,
              (SELECT coalesce(sum(version), 0) FROM roadmap_items)::int AS iv, (SELECT coalesce(sum(revision), 0) FROM frameworks)::int AS fr`,
    );

  itAnswersHostileBodies(routes, {
    platform: () => p,
    state: snapshot,
    numRuns: 40,
  });

  itAnswersNullForEveryBodyField(routes, { platform: () => p, state: snapshot, numRuns: 1 });

  /** Routes without a body, for their path parameters (called with real ids they would succeed). */
  const bare = (
    method: string,
    route: string,
    path: () => string,
    as: () => string,
  ): HostileRoute<string> => ({
    method,
    route,
    path,
    as,
    bodies: fc.constant({}),
  });
  itRefusesHostilePathParameters(
    [
      ...routes,
      bare(
        'POST',
        'campaigns/:id/close',
        () => `campaigns/${campaignId}/close`,
        () => organiser,
      ),
      bare(
        'POST',
        'assessments/:id/submit',
        () => `assessments/${assessmentId}/submit`,
        () => adminA,
      ),
      bare(
        'POST',
        'assessments/:id/roadmap-draft',
        () => `assessments/${assessmentId}/roadmap-draft`,
        () => adminA,
      ),
      bare(
        'GET',
        'assessments/:id',
        () => `assessments/${assessmentId}`,
        () => adminA,
      ),
      bare(
        'GET',
        'assessments/:id/diff',
        () => `assessments/${assessmentId}/diff?against=${assessmentId}`,
        () => adminA,
      ),
      bare(
        'GET',
        'agencies/:id/roadmap',
        () => `agencies/${agencyA}/roadmap`,
        () => adminA,
      ),
      bare(
        'GET',
        'agencies/:id/roadmap.ics',
        () => `agencies/${agencyA}/roadmap.ics`,
        () => adminA,
      ),
      bare(
        'GET',
        'campaigns/:id/progress',
        () => `campaigns/${campaignId}/progress`,
        () => organiser,
      ),
      bare(
        'GET',
        'frameworks/:id',
        () => 'frameworks/nist-csf-2.0',
        () => organiser,
      ),
      // The documents (ADR 79): rendered for real ids, refused with a problem for hostile ones.
      ...(['pdf', 'docx', 'svg'] as const).map((format) =>
        bare(
          'GET',
          `assessments/:id/profile.${format}`,
          () => `assessments/${assessmentId}/profile.${format}?against=${assessmentId}`,
          () => adminA,
        ),
      ),
    ],
    { platform: () => p, state: snapshot, numRuns: 15 },
  );

  itRefusesHostileCursorsOnEveryList(
    [
      { route: 'agencies/:id/roadmap', path: () => `agencies/${agencyA}/roadmap`, as: () => adminA },
      { route: 'agencies/:id/assessments', path: () => `agencies/${agencyA}/assessments`, as: () => adminA },
      {
        route: 'campaigns/:id/progress',
        path: () => `campaigns/${campaignId}/progress`,
        as: () => organiser,
      },
      { route: 'campaigns', path: () => 'campaigns', as: () => organiser },
      { route: 'frameworks', path: () => 'frameworks', as: () => organiser },
    ],
    { platform: () => p, anyListAs: () => organiser, numRuns: 30 },
  );

  itRefusesMalformedBodies({
    platform: () => p,
    path: () => 'campaigns',
    token: () => organiser,
    valid: campaign,
    state: snapshot,
  });
});
