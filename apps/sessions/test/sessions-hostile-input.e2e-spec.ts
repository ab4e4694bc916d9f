import fc from 'fast-check';
import { SessionsTestPlatform, sessionBody } from './sessions-platform.fixture';

/** Text that breaks naive code: NUL, lone surrogates, control characters, huge strings, wrong types. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '\u001b[31m',
    "'; DROP TABLE registrations; --",
    'x'.repeat(100_000),
    '2026-13-45T99:99:99Z',
    'Mars/Olympus',
    'ZZ.TOP',
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
  'sequence',
  'title',
  'startsAt',
  'endsAt',
  'timezone',
  'mode',
  'venue',
  'joinUrl',
  'capacity',
  'seatsPerAgency',
  'invitation',
  'kind',
  'speakers',
  'frameworkRefs',
  'track',
  'agencyId',
  'participants',
  'registrationIds',
  'code',
  'tlp',
  'url',
  'rating',
  'comment',
  'reason',
  'status',
  'version',
  '__proto__',
);
const hostile = (valid: () => Record<string, unknown>) =>
  fc.dictionary(field, nasty, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));

describe('hostile input to the sessions routes: only 4xx problems or success, never 5xx, and nothing changes on a 4xx', () => {
  let api: SessionsTestPlatform;
  let organiser: string;
  let adminA: string;
  let agencyA: string;
  let session: { id: string; startsAt: string };
  let itemId: string;
  let registrationId: string;

  beforeAll(async () => {
    api = await SessionsTestPlatform.start('sessions_hostile');
    organiser = await api.token('organiser-1', ['organiser']);
    agencyA = await api.agencyWithPeople(organiser, { admins: ['admin-a'] });
    adminA = await api.token('admin-a');
    const created = await api.call('POST', 'sessions', {
      token: organiser,
      body: sessionBody({ capacity: 500 }),
    });
    session = created.body;
    itemId = (
      await api.call('POST', `sessions/${session.id}/agenda`, {
        token: organiser,
        body: { kind: 'KEYNOTE', title: 'K', startsAt: session.startsAt, endsAt: hour(1), speakers: [] },
      })
    ).body.id;
    await api.call('POST', `sessions/${session.id}/schedule`, { token: organiser });
    registrationId = (
      await api.call('POST', `sessions/${session.id}/registrations`, {
        token: adminA,
        body: { agencyId: agencyA, participants: [{ name: 'Seed', email: 'seed@example.gov.pk' }] },
      })
    ).body.items[0].id;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const hour = (h: number) => new Date(new Date(session.startsAt).getTime() + h * 3_600_000).toISOString();
  let n = 0;
  const routes: Array<[string, string, () => string, () => string, () => Record<string, unknown>]> = [
    ['POST', 'sessions', () => 'sessions', () => organiser, () => sessionBody()],
    ['PATCH', 'sessions/:id', () => `sessions/${session.id}`, () => organiser, () => ({})],
    [
      'POST',
      'sessions/:id/agenda',
      () => `sessions/${session.id}/agenda`,
      () => organiser,
      () => ({
        kind: 'PANEL',
        title: 'P',
        startsAt: hour(2),
        endsAt: hour(2.5),
        track: `t${++n}`,
        speakers: [],
      }),
    ],
    [
      'PATCH',
      'sessions/:id/agenda/:itemId',
      () => `sessions/${session.id}/agenda/${itemId}`,
      () => organiser,
      () => ({}),
    ],
    [
      'POST',
      'sessions/:id/registrations',
      () => `sessions/${session.id}/registrations`,
      () => adminA,
      () => ({ agencyId: agencyA, participants: [{ name: 'P', email: `p${++n}@example.gov.pk` }] }),
    ],
    [
      'POST',
      'sessions/:id/attendance',
      () => `sessions/${session.id}/attendance`,
      () => organiser,
      () => ({ registrationIds: [registrationId] }),
    ],
    [
      'POST',
      'sessions/:id/check-in',
      () => `sessions/${session.id}/check-in`,
      () => organiser,
      () => ({ code: 'AAAA-BBBB' }),
    ],
    [
      'POST',
      'sessions/:id/materials',
      () => `sessions/${session.id}/materials`,
      () => organiser,
      () => ({ title: 'M', url: 'https://files.example.gov/m.pdf', tlp: 'TLP:GREEN' }),
    ],
    [
      'POST',
      'sessions/:id/feedback',
      () => `sessions/${session.id}/feedback`,
      () => adminA,
      () => ({ rating: 4 }),
    ],
    [
      'POST',
      'sessions/:id/cancel',
      () => `sessions/${session.id}/cancel`,
      () => adminA,
      () => ({ reason: 'No' }),
    ],
  ];

  const snapshot = () =>
    api.query(
      'sessions',
      `SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM sessions)::int AS sessions,
              (SELECT count(*) FROM registrations)::int AS registrations, (SELECT count(*) FROM materials)::int AS materials,
              (SELECT coalesce(sum(version), 0) FROM sessions)::int AS versions`,
    );

  it.each(routes)('%s %s', async (method, _route, path, token, valid) => {
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (body) => {
        const before = await snapshot();
        const response = await api.call(method, path(), { token: token(), body });
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
