import { randomUUID } from 'node:crypto';
import { everyone, type MatrixContext, type RouteCase } from './types';

/** Ids the sessions rows name; `seedSessionsMatrix` fills them through the API. */
let session: string = randomUUID();
let sessionToClose: string = randomUUID();
let agendaItem: string = randomUUID();
let registrationOfA: string = randomUUID();
let startsAt = new Date(Date.now() + 7 * 86_400_000);

let sequence = 70_000 + Math.floor(Math.random() * 20_000);
let participant = 0;
const hoursAfterStart = (h: number) => new Date(startsAt.getTime() + h * 3_600_000).toISOString();
const sessionBody = () => ({
  sequence: ++sequence,
  title: `Matrix session ${sequence}`,
  description: 'Authorisation matrix',
  startsAt: startsAt.toISOString(),
  endsAt: hoursAfterStart(5),
  timezone: 'Asia/Karachi',
  mode: 'IN_PERSON',
  venue: 'Islamabad',
  capacity: 50,
});

const signedIn = everyone('allowed', { anonymous: 401, integrationKey: 401 });
const operatorsOnly = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  organiser: 'allowed',
  platformAdmin: 'allowed',
});
const operatorsAndMembersOfA = {
  ...operatorsOnly,
  adminOfA: 'allowed' as const,
  memberOfA: 'allowed' as const,
};
const inSession =
  (extra: Record<string, string> = {}) =>
  () => ({ id: session, ...extra });

/** Every sessions route × every kind of caller. */
export const SESSIONS_MATRIX: Record<string, RouteCase> = {
  'POST sessions': { body: sessionBody, expect: operatorsOnly },
  'GET sessions': { expect: signedIn },
  'GET sessions/:id': { params: inSession(), expect: signedIn },
  'PATCH sessions/:id': {
    params: inSession(),
    body: () => ({ description: 'Changed' }),
    expect: operatorsOnly,
  },
  'POST sessions/:id/schedule': { params: inSession(), expect: operatorsOnly },
  'POST sessions/:id/cancel': {
    params: () => ({ id: sessionToClose }),
    body: () => ({ reason: 'Matrix cancellation' }),
    expect: operatorsOnly,
  },
  'POST sessions/:id/complete': { params: () => ({ id: sessionToClose }), expect: operatorsOnly },
  'POST sessions/:id/agenda': {
    params: inSession(),
    body: () => ({
      kind: 'PANEL',
      title: 'Matrix panel',
      startsAt: hoursAfterStart(3),
      endsAt: hoursAfterStart(4),
      speakers: [],
    }),
    expect: operatorsOnly,
  },
  'PATCH sessions/:id/agenda/:itemId': {
    params: inSession({ itemId: agendaItem }),
    body: () => ({ title: 'Renamed keynote' }),
    expect: operatorsOnly,
  },
  'DELETE sessions/:id/agenda/:itemId': { params: inSession({ itemId: agendaItem }), expect: operatorsOnly },
  'POST sessions/:id/registrations': {
    params: inSession(),
    body: (agencyA) => ({
      agencyId: agencyA,
      participants: [{ name: 'Matrix guest', email: `guest${++participant}@example.gov` }],
    }),
    expect: operatorsAndMembersOfA,
  },
  'GET sessions/:id/registrations': { params: inSession(), expect: signedIn },
  'DELETE sessions/:id/registrations/:registrationId': {
    params: inSession({ registrationId: registrationOfA }),
    expect: signedIn,
  },
  'POST sessions/:id/attendance': {
    params: inSession(),
    body: () => ({ registrationIds: [registrationOfA] }),
    expect: operatorsOnly,
  },
  'POST sessions/:id/check-in': {
    params: inSession(),
    body: () => ({ code: 'AAAA-BBBB' }),
    expect: operatorsOnly,
  },
  'GET sessions/:id/calendar.ics': { params: inSession(), expect: signedIn },
  'POST sessions/:id/materials': {
    params: inSession(),
    body: () => ({ title: 'Matrix slides', url: 'https://files.example.gov/m.pdf', tlp: 'TLP:GREEN' }),
    expect: operatorsOnly,
  },
  'GET sessions/:id/materials': { params: inSession(), expect: everyone('allowed', { integrationKey: 401 }) },
  'POST sessions/:id/feedback': { params: inSession(), body: () => ({ rating: 5 }), expect: signedIn },
  'GET sessions/:id/feedback/summary': { params: inSession(), expect: operatorsOnly },
  'GET reports/participation': { expect: operatorsOnly },
  // The session is not completed: each caller the policy admits gets a 404 (no such certificate).
  'GET sessions/:id/registrations/:registrationId/certificate.pdf': {
    params: inSession({ registrationId: registrationOfA }),
    expect: signedIn,
  },
  'POST sessions/:id/registrations/:registrationId/certificate/revoke': {
    params: inSession({ registrationId: registrationOfA }),
    body: () => ({ reason: 'Matrix revocation' }),
    expect: operatorsOnly,
  },
  'GET certificates/:code': {
    params: () => ({ code: 'MATRIX-CODE' }),
    expect: everyone('allowed', { integrationKey: 401 }),
  },
};

/**
 * Two scheduled sessions (one the rows cancel and complete), an agenda item and a registration
 * of agency A, created through the API by the organiser and A's admin.
 */
export async function seedSessionsMatrix(ctx: MatrixContext): Promise<void> {
  const post = async (path: string, as: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${ctx.baseUrl}/api/v1/${path}`, {
      method: 'POST',
      headers: { ...as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, any>;
    if (response.status >= 300)
      throw new Error(`seeding ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  startsAt = new Date(Date.now() + 7 * 86_400_000);
  session = (await post('sessions', ctx.headers.organiser, sessionBody())).id;
  sessionToClose = (await post('sessions', ctx.headers.organiser, sessionBody())).id;
  agendaItem = (
    await post(`sessions/${session}/agenda`, ctx.headers.organiser, {
      kind: 'KEYNOTE',
      title: 'Matrix keynote',
      startsAt: startsAt.toISOString(),
      endsAt: hoursAfterStart(1),
      speakers: [],
    })
  ).id;
  await post(`sessions/${session}/schedule`, ctx.headers.organiser);
  await post(`sessions/${sessionToClose}/schedule`, ctx.headers.organiser);
  const registered = await post(`sessions/${session}/registrations`, ctx.headers.adminOfA, {
    agencyId: ctx.agencyA,
    participants: [{ name: 'Seeded guest', email: 'seeded.guest@example.gov' }],
  });
  registrationOfA = registered.items[0].id;
}
