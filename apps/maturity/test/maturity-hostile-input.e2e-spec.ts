import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
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
  const routes: Array<HostileRoute<string>> = [
    {
      method: 'POST',
      route: 'campaigns',
      path: () => 'campaigns',
      as: () => organiser,
      bodies: hostile(campaign),
    },
    {
      method: 'POST',
      route: 'agencies/:id/assessments',
      path: () => `agencies/${agencyA}/assessments`,
      as: () => adminA,
      bodies: hostile(() => ({ campaignId })),
    },
    {
      method: 'PUT',
      route: 'assessments/:id/answers',
      path: () => `assessments/${assessmentId}/answers`,
      as: () => adminA,
      bodies: hostile(() => ({ answers: [{ subcategoryId: 'GV.OC-01', current: 1 }] })),
    },
    {
      method: 'PUT',
      route: 'assessments/:id/sharing',
      path: () => `assessments/${assessmentId}/sharing`,
      as: () => adminA,
      bodies: hostile(() => ({ sharedWithAgencyIds: [] })),
    },
    {
      method: 'POST',
      route: 'assessments/:id/review',
      path: () => `assessments/${assessmentId}/review`,
      as: () => organiser,
      bodies: hostile(() => ({ comment: 'ok' })),
    },
    {
      method: 'POST',
      route: 'agencies/:id/roadmap/items',
      path: () => `agencies/${agencyA}/roadmap/items`,
      as: () => adminA,
      bodies: hostile(item),
    },
    {
      method: 'PATCH',
      route: 'roadmap/items/:id',
      path: () => `roadmap/items/${itemId}`,
      as: () => adminA,
      bodies: hostile(() => ({ status: 'IN_PROGRESS' })),
    },
    {
      method: 'POST',
      route: 'frameworks/import',
      path: () => 'frameworks/import',
      as: () => admin,
      bodies: hostile(() => ({
        catalog: {
          uuid: 'u',
          metadata: { title: 'Hostile', version: '1' },
          groups: [{ id: 'g', controls: [{ id: 'c' }] }],
        },
      })),
    },
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

  itRefusesMalformedBodies({
    platform: () => p,
    path: () => 'campaigns',
    token: () => organiser,
    valid: campaign,
    state: snapshot,
  });
});
