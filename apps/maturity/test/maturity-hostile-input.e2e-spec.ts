import fc from 'fast-check';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const DAY = 86_400_000;

/** Text that breaks naive code: NUL, lone surrogates, control characters, huge strings, wrong types. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '\u001b[31m',
    "'; DROP TABLE assessments; --",
    'x'.repeat(100_000),
    '2026-02-30',
    'GV.OC-99',
    'TLP:RED',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.object({ maxDepth: 2 }), { maxLength: 3 }),
  fc.object({ maxDepth: 3 }),
);
const field = fc.constantFrom(
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
  'status',
  'description',
  'catalog',
  'version',
  'agencyId',
  '__proto__',
);
const hostile = (valid: () => Record<string, unknown>) =>
  fc.dictionary(field, nasty, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));

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
  const routes: Array<[string, string, () => string, () => string, () => Record<string, unknown>]> = [
    ['POST', 'campaigns', () => 'campaigns', () => organiser, campaign],
    [
      'POST',
      'agencies/:id/assessments',
      () => `agencies/${agencyA}/assessments`,
      () => adminA,
      () => ({ campaignId }),
    ],
    [
      'PUT',
      'assessments/:id/answers',
      () => `assessments/${assessmentId}/answers`,
      () => adminA,
      () => ({ answers: [{ subcategoryId: 'GV.OC-01', current: 1 }] }),
    ],
    [
      'PUT',
      'assessments/:id/sharing',
      () => `assessments/${assessmentId}/sharing`,
      () => adminA,
      () => ({ sharedWithAgencyIds: [] }),
    ],
    [
      'POST',
      'assessments/:id/review',
      () => `assessments/${assessmentId}/review`,
      () => organiser,
      () => ({ comment: 'ok' }),
    ],
    ['POST', 'agencies/:id/roadmap/items', () => `agencies/${agencyA}/roadmap/items`, () => adminA, item],
    [
      'PATCH',
      'roadmap/items/:id',
      () => `roadmap/items/${itemId}`,
      () => adminA,
      () => ({ status: 'IN_PROGRESS' }),
    ],
    [
      'POST',
      'frameworks/import',
      () => 'frameworks/import',
      () => admin,
      () => ({
        catalog: {
          uuid: 'u',
          metadata: { title: 'Hostile', version: '1' },
          groups: [{ id: 'g', controls: [{ id: 'c' }] }],
        },
      }),
    ],
  ];

  const snapshot = () =>
    p.query(
      'maturity',
      `SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM campaigns)::int AS campaigns,
              (SELECT count(*) FROM assessments)::int AS assessments, (SELECT coalesce(sum(version), 0) FROM assessments)::int AS av,
              (SELECT count(*) FROM assessment_answers)::int AS answers, (SELECT count(*) FROM roadmap_items)::int AS items,
              (SELECT coalesce(sum(version), 0) FROM roadmap_items)::int AS iv, (SELECT coalesce(sum(revision), 0) FROM frameworks)::int AS fr`,
    );

  it.each(routes)('%s %s', async (method, _route, path, token, valid) => {
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (body) => {
        const before = await snapshot();
        const response = await p.call(method, path(), { token: token(), body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});
