import { SessionsTestPlatform, sessionBody } from './sessions-platform.fixture';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const at = (body: Record<string, unknown>, hoursAfterStart: number) =>
  new Date(new Date(body.startsAt as string).getTime() + hoursAfterStart * 3_600_000).toISOString();

describe('the sessions API: sessions and agendas (embedded platform, HTTP)', () => {
  let api: SessionsTestPlatform;
  let organiser: string;
  let member: string;
  let outsider: string;

  beforeAll(async () => {
    api = await SessionsTestPlatform.start('sessions_api');
    organiser = await api.token('organiser-1', ['organiser'], 'Olivia Organiser');
    await api.agencyWithPeople(organiser, { members: ['hec-member'] });
    member = await api.token('hec-member');
    outsider = await api.token('nobody-in-particular');
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function plan(overrides: Record<string, unknown> = {}) {
    const body = sessionBody(overrides);
    const created = await api.call('POST', 'sessions', { token: organiser, body });
    expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({
      status: 201,
    });
    return { body, session: created.body };
  }

  async function scheduled(overrides: Record<string, unknown> = {}) {
    const { body, session } = await plan(overrides);
    const done = await api.call('POST', `sessions/${session.id}/schedule`, { token: organiser });
    expect(done.status).toBe(200);
    return { body, session: done.body };
  }

  describe('lifecycle', () => {
    it('an organiser plans a DRAFT at version 1 with ETag and Location; only operators see drafts', async () => {
      const { body, session } = await plan({
        mode: 'HYBRID',
        joinUrl: 'https://meet.example.gov/8',
        seatsPerAgency: 5,
      });
      expect(session).toMatchObject({
        sequence: body.sequence,
        status: 'DRAFT',
        version: 1,
        timezone: 'Asia/Karachi',
        seatsPerAgency: 5,
        invitation: { tiers: [], sectors: [], agencyIds: [] },
        agenda: [],
        cancellationReason: null,
      });
      expect(session.startsAt).toMatch(ISO_UTC);
      const got = await api.call('GET', `sessions/${session.id}`, { token: organiser });
      expect(got.headers.get('etag')).toBe('"1"');
      expect((await api.call('GET', `sessions/${session.id}`, { token: member })).status).toBe(404);
      const listed = await api.call('GET', 'sessions?limit=100', { token: member });
      expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(session.id);
      expect(await api.events('csg.sessions.session.scheduled.v1', session.id)).toEqual([]);
    });

    it('scheduling announces the session with its agenda and frameworkRefs; members then see it', async () => {
      const { body, session } = await plan();
      const item = await api.call('POST', `sessions/${session.id}/agenda`, {
        token: organiser,
        body: {
          kind: 'KEYNOTE',
          title: 'Identifying cyber risk and aligning with national frameworks',
          startsAt: body.startsAt,
          endsAt: at(body, 1),
          speakers: [{ name: 'Director of Governance, Risk & Compliance', organisation: 'National CERT' }],
          frameworkRefs: ['ID.RA', 'GV.RM-01'],
        },
      });
      expect(item.status).toBe(201);
      expect(item.headers.get('etag')).toBe('"2"');
      const done = await api.call('POST', `sessions/${session.id}/schedule`, {
        token: organiser,
        headers: { 'if-match': '"2"' },
      });
      expect(done.body).toMatchObject({ status: 'SCHEDULED', version: 3 });
      const [event] = await api.events('csg.sessions.session.scheduled.v1', session.id);
      expect(event.data).toMatchObject({
        sessionId: session.id,
        startsAt: body.startsAt,
        tlp: 'TLP:GREEN',
        agenda: [{ kind: 'KEYNOTE', frameworkRefs: ['ID.RA', 'GV.RM-01'] }],
      });
      expect((await api.call('GET', `sessions/${session.id}`, { token: member })).status).toBe(200);
      expect((await api.call('GET', `sessions/${session.id}`, { token: outsider })).status).toBe(404);
      const mine = await api.call('GET', 'sessions?status=SCHEDULED&limit=100', { token: member });
      expect(mine.body.items.map((s: { id: string }) => s.id)).toContain(session.id);
    });

    it('rescheduling keeps registrations, moves the agenda and says so in session.rescheduled', async () => {
      const { body, session } = await scheduled();
      await api.call('POST', `sessions/${session.id}/agenda`, {
        token: organiser,
        body: {
          kind: 'WORKSHOP',
          title: 'Roadmaps',
          startsAt: at(body, 1),
          endsAt: at(body, 2),
          speakers: [],
        },
      });
      const moved = await api.call('PATCH', `sessions/${session.id}`, {
        token: organiser,
        body: { startsAt: at(body, 24), endsAt: at(body, 29) },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.agenda[0]).toMatchObject({ startsAt: at(body, 25), endsAt: at(body, 26) });
      const [event] = await api.events('csg.sessions.session.rescheduled.v1', session.id);
      expect(event.data).toMatchObject({
        previousStartsAt: body.startsAt,
        startsAt: at(body, 24),
        registrationsKept: 0,
      });
    });

    it('a stale If-Match is a 412 and changes nothing', async () => {
      const { session } = await plan();
      const stale = await api.call('PATCH', `sessions/${session.id}`, {
        token: organiser,
        headers: { 'if-match': '"7"' },
        body: { title: 'Renamed' },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('SESSION.VERSION_MISMATCH');
      expect((await api.call('GET', `sessions/${session.id}`, { token: organiser })).body.title).toBe(
        session.title,
      );
    });

    it('cancels with a reason; a cancelled session no longer changes; completing before the start is refused', async () => {
      const { session } = await scheduled();
      expect(
        (await api.call('POST', `sessions/${session.id}/complete`, { token: organiser })).body.code,
      ).toBe('SESSION.NOT_STARTED');
      const cancelled = await api.call('POST', `sessions/${session.id}/cancel`, {
        token: organiser,
        body: { reason: 'The venue is unavailable.' },
      });
      expect(cancelled.body).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'The venue is unavailable.',
      });
      const [event] = await api.events('csg.sessions.session.cancelled.v1', session.id);
      expect(event.data.cancellationReason).toBe('The venue is unavailable.');
      const again = await api.call('PATCH', `sessions/${session.id}`, {
        token: organiser,
        body: { title: 'Again' },
      });
      expect(again).toMatchObject({ status: 409, body: { code: 'SESSION.NOT_EDITABLE' } });
    });
  });

  describe('bad input answers a problem document and changes nothing', () => {
    it.each([
      ['an unknown time zone', { timezone: 'GMT+5' }, 422, 'SESSION.INVALID_TIMEZONE'],
      ['an end before the start', { endsAt: '2020-01-01T00:00:00Z' }, 422, 'SESSION.INVALID_TIMES'],
      ['an in-person session without a venue', { venue: undefined }, 422, 'SESSION.VENUE_REQUIRED'],
      [
        'an online session without a join URL',
        { mode: 'ONLINE', venue: undefined },
        422,
        'SESSION.JOIN_URL_REQUIRED',
      ],
      [
        'more seats per agency than capacity',
        { capacity: 5, seatsPerAgency: 6 },
        422,
        'SESSION.INVALID_SEATS_PER_AGENCY',
      ],
      ['a local time without offset', { startsAt: '2027-01-10T10:00:00' }, 400, undefined],
      ['an unknown field', { version: 3 }, 400, undefined],
      ['a bad invitation tier', { invitation: { tiers: ['GALACTIC'] } }, 400, undefined],
    ])('%s', async (_, overrides, status, code) => {
      const before = await api.query('sessions', 'SELECT count(*)::int AS n FROM sessions');
      const response = await api.call('POST', 'sessions', { token: organiser, body: sessionBody(overrides) });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      if (code) expect(response.body.code).toBe(code);
      expect(await api.query('sessions', 'SELECT count(*)::int AS n FROM sessions')).toEqual(before);
    });

    it('a sequence already taken is a 409', async () => {
      const { body } = await plan();
      const again = await api.call('POST', 'sessions', {
        token: organiser,
        body: { ...sessionBody(), sequence: body.sequence },
      });
      expect(again).toMatchObject({ status: 409, body: { code: 'SESSION.SEQUENCE_TAKEN' } });
    });

    it('members may not plan sessions, anonymous callers are asked to sign in, a malformed id is a 404', async () => {
      expect((await api.call('POST', 'sessions', { token: member, body: sessionBody() })).status).toBe(403);
      expect((await api.call('GET', 'sessions')).status).toBe(401);
      expect((await api.call('GET', 'sessions/not-a-uuid', { token: organiser })).status).toBe(404);
      expect((await api.call('GET', 'sessions?cursor=garbage', { token: organiser })).status).toBe(400);
    });

    it('an Idempotency-Key answers a retry with the first response', async () => {
      const body = sessionBody();
      const headers = { 'idempotency-key': `plan-${body.sequence}` };
      const first = await api.call('POST', 'sessions', { token: organiser, body, headers });
      const retry = await api.call('POST', 'sessions', { token: organiser, body, headers });
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
    });
  });

  describe('agenda', () => {
    it('refuses overlaps within a track, items outside the session and unknown NIST CSF references', async () => {
      const { body, session } = await scheduled();
      const item = (overrides: Record<string, unknown>) => ({
        kind: 'PRESENTATION',
        title: 'A talk',
        startsAt: at(body, 1),
        endsAt: at(body, 2),
        speakers: [{ name: 'Director of Capacity Building' }],
        ...overrides,
      });
      const post = (b: unknown) =>
        api.call('POST', `sessions/${session.id}/agenda`, { token: organiser, body: b });
      expect((await post(item({}))).status).toBe(201);
      expect((await post(item({ startsAt: at(body, 1.5), endsAt: at(body, 2.5) }))).body.code).toBe(
        'AGENDA.OVERLAP',
      );
      expect(
        (await post(item({ track: 'Workshops', startsAt: at(body, 1.5), endsAt: at(body, 2.5) }))).status,
      ).toBe(201);
      expect((await post(item({ startsAt: at(body, 4.5), endsAt: at(body, 5.5) }))).body.code).toBe(
        'AGENDA.OUTSIDE_SESSION',
      );
      const badRef = await post(
        item({ startsAt: at(body, 3), endsAt: at(body, 4), frameworkRefs: ['PR.AA', 'ZZ.TOP'] }),
      );
      expect(badRef.status).toBe(400);
      expect(JSON.stringify(badRef.body.errors)).toContain('NIST CSF 2.0');
      expect((await api.events('csg.sessions.session.agenda-changed.v1', session.id)).length).toBe(2);
    });

    it('changes and removes items; an unknown item is a 404', async () => {
      const { body, session } = await plan();
      const created = await api.call('POST', `sessions/${session.id}/agenda`, {
        token: organiser,
        body: { kind: 'BREAK', title: 'Tea', startsAt: at(body, 2), endsAt: at(body, 2.25), speakers: [] },
      });
      const changed = await api.call('PATCH', `sessions/${session.id}/agenda/${created.body.id}`, {
        token: organiser,
        body: { title: 'Tea and networking', endsAt: at(body, 2.5) },
      });
      expect(changed.body).toMatchObject({ title: 'Tea and networking', endsAt: at(body, 2.5) });
      const removed = await api.call('DELETE', `sessions/${session.id}/agenda/${created.body.id}`, {
        token: organiser,
      });
      expect(removed.status).toBe(204);
      const again = await api.call('DELETE', `sessions/${session.id}/agenda/${created.body.id}`, {
        token: organiser,
      });
      expect(again).toMatchObject({ status: 404, body: { code: 'AGENDA.ITEM_NOT_FOUND' } });
    });
  });

  it('serves the session as an iCalendar event with the agenda in its description', async () => {
    const { body, session } = await plan({ title: 'Session 8; risk, roadmaps' });
    await api.call('POST', `sessions/${session.id}/agenda`, {
      token: organiser,
      body: {
        kind: 'KEYNOTE',
        title: 'Identifying cyber risk',
        startsAt: body.startsAt,
        endsAt: at(body, 1),
        speakers: [],
      },
    });
    const ics = await api.call('GET', `sessions/${session.id}/calendar.ics`, { token: organiser });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const unfolded = ics.text.replace(/\r\n /g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain('SUMMARY:Session 8\\; risk\\, roadmaps');
    expect(unfolded).toContain('10:00-11:00 KEYNOTE: Identifying cyber risk');
    expect(ics.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect((await api.call('GET', `sessions/${session.id}/calendar.ics`, { token: member })).status).toBe(
      404,
    );
  });
});
