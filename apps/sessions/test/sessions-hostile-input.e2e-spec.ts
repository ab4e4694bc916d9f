import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
  itRefusesHostilePathParameters,
  itRefusesMalformedBodies,
  type HostileRoute,
} from '../../embedded/test/hostile-input';
import { SessionsTestPlatform, sessionBody } from './sessions-platform.fixture';

const nasty = hostileValue(
  ["'; DROP TABLE registrations; --", '2026-13-45T99:99:99Z', 'Mars/Olympus', 'ZZ.TOP'],
  [fc.array(fc.object({ maxDepth: 2 }), { maxLength: 3 })],
);
const hostile = hostileBodies(
  [
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
  ],
  nasty,
);

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
  const routes: Array<HostileRoute<string>> = [
    {
      method: 'POST',
      route: 'sessions',
      path: () => 'sessions',
      as: () => organiser,
      bodies: hostile(() => sessionBody()),
    },
    {
      method: 'PATCH',
      route: 'sessions/:id',
      path: () => `sessions/${session.id}`,
      as: () => organiser,
      bodies: hostile(() => ({})),
    },
    {
      method: 'POST',
      route: 'sessions/:id/agenda',
      path: () => `sessions/${session.id}/agenda`,
      as: () => organiser,
      bodies: hostile(() => ({
        kind: 'PANEL',
        title: 'P',
        startsAt: hour(2),
        endsAt: hour(2.5),
        track: `t${++n}`,
        speakers: [],
      })),
    },
    {
      method: 'PATCH',
      route: 'sessions/:id/agenda/:itemId',
      path: () => `sessions/${session.id}/agenda/${itemId}`,
      as: () => organiser,
      bodies: hostile(() => ({})),
    },
    {
      method: 'POST',
      route: 'sessions/:id/registrations',
      path: () => `sessions/${session.id}/registrations`,
      as: () => adminA,
      bodies: hostile(() => ({
        agencyId: agencyA,
        participants: [{ name: 'P', email: `p${++n}@example.gov.pk` }],
      })),
    },
    {
      method: 'POST',
      route: 'sessions/:id/attendance',
      path: () => `sessions/${session.id}/attendance`,
      as: () => organiser,
      bodies: hostile(() => ({ registrationIds: [registrationId] })),
    },
    {
      method: 'POST',
      route: 'sessions/:id/check-in',
      path: () => `sessions/${session.id}/check-in`,
      as: () => organiser,
      bodies: hostile(() => ({ code: 'AAAA-BBBB' })),
    },
    {
      method: 'POST',
      route: 'sessions/:id/materials',
      path: () => `sessions/${session.id}/materials`,
      as: () => organiser,
      bodies: hostile(() => ({ title: 'M', url: 'https://files.example.gov/m.pdf', tlp: 'TLP:GREEN' })),
    },
    {
      method: 'POST',
      route: 'sessions/:id/feedback',
      path: () => `sessions/${session.id}/feedback`,
      as: () => adminA,
      bodies: hostile(() => ({ rating: 4 })),
    },
    {
      method: 'POST',
      route: 'sessions/:id/cancel',
      path: () => `sessions/${session.id}/cancel`,
      as: () => adminA,
      bodies: hostile(() => ({ reason: 'No' })),
    },
    {
      // The registration has no certificate (the session is not completed): a valid body gets 404.
      method: 'POST',
      route: 'sessions/:id/registrations/:registrationId/certificate/revoke',
      path: () => `sessions/${session.id}/registrations/${registrationId}/certificate/revoke`,
      as: () => organiser,
      bodies: hostile(() => ({ reason: 'Recorded by mistake.' })),
    },
  ];

  const snapshot = () =>
    api.query(
      'sessions',
      `SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM sessions)::int AS sessions,
              (SELECT count(*) FROM registrations)::int AS registrations, (SELECT count(*) FROM materials)::int AS materials, (SELECT count(*) FROM certificates)::int AS certificates,
              (SELECT coalesce(sum(version), 0) FROM sessions)::int AS versions`,
    );

  itAnswersHostileBodies(routes, {
    platform: () => api,
    state: snapshot,
    numRuns: 40,
  });

  /** Routes without a body, for their path parameters (certificates: ADR 80). */
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
      bare(
        'GET',
        'sessions/:id/registrations/:registrationId/certificate.pdf',
        () => `sessions/${session.id}/registrations/${registrationId}/certificate.pdf`,
        () => organiser,
      ),
      bare(
        'GET',
        'certificates/:code',
        () => 'certificates/7KQ2-M9XD-R4HT-8WBC-1NPE-VJ6S-3FZA',
        () => organiser,
      ),
    ],
    { platform: () => api, state: snapshot, numRuns: 15 },
  );

  itRefusesMalformedBodies({
    platform: () => api,
    path: () => 'sessions',
    token: () => organiser,
    valid: () => sessionBody(),
    state: snapshot,
  });
});
