import { waitFor } from '@csg/testing/wait-for';
import { SessionsTestPlatform, sessionBody } from './sessions-platform.fixture';

const person = (sub: string) => ({ sub, name: `Person ${sub}`, email: `${sub}@example.gov.pk` });
const external = (name: string) => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}@partner.gov.pk`,
});

describe('the sessions API: registrations, attendance, materials, feedback and reports (embedded platform, HTTP)', () => {
  let api: SessionsTestPlatform;
  let organiser: string;
  let adminA: string;
  let memberA: string;
  let memberB: string;
  let outsider: string;
  let agencyA: string;
  let agencyB: string;
  let agencyC: string;

  beforeAll(async () => {
    api = await SessionsTestPlatform.start('sessions_registrations');
    organiser = await api.token('organiser-1', ['organiser']);
    agencyA = await api.agencyWithPeople(organiser, { admins: ['admin-a'], members: ['member-a'] });
    agencyB = await api.agencyWithPeople(organiser, { members: ['member-b'] }, { sector: 'IMMIGRATION' });
    agencyC = await api.agencyWithPeople(
      organiser,
      { admins: ['admin-c'] },
      { tier: 'PROVINCIAL', jurisdiction: 'Punjab', sector: 'HOME_AFFAIRS' },
    );
    adminA = await api.token('admin-a');
    memberA = await api.token('member-a');
    memberB = await api.token('member-b');
    outsider = await api.token('not-a-member');
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function scheduled(overrides: Record<string, unknown> = {}) {
    const created = await api.call('POST', 'sessions', { token: organiser, body: sessionBody(overrides) });
    expect(created.status).toBe(201);
    const done = await api.call('POST', `sessions/${created.body.id}/schedule`, { token: organiser });
    expect(done.status).toBe(200);
    return done.body as { id: string; startsAt: string };
  }

  const register = (
    sessionId: string,
    token: string,
    agencyId: string,
    participants: unknown[],
    headers = {},
  ) =>
    api.call('POST', `sessions/${sessionId}/registrations`, {
      token,
      body: { agencyId, participants },
      headers,
    });

  const statuses = (response: { body: { items: Array<{ status: string }> } }) =>
    response.body.items.map((r) => r.status);

  describe('seats and the waitlist', () => {
    it('confirms while seats remain overall and per agency, and promotes the oldest waitlisted who fits', async () => {
      const session = await scheduled({ capacity: 3, seatsPerAgency: 2 });
      const fromA = await register(session.id, adminA, agencyA, [
        person('member-a'),
        external('Asad Ali'),
        external('Sana Mir'),
      ]);
      expect(fromA.status).toBe(201);
      expect(statuses(fromA)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
      expect(fromA.body.items[0]).toMatchObject({
        agencyId: agencyA,
        sub: 'member-a',
        email: 'member-a@example.gov.pk',
      });
      const fromB = await register(session.id, memberB, agencyB, [
        external('Bilal Khan'),
        external('Hina Shah'),
      ]);
      expect(statuses(fromB)).toEqual(['CONFIRMED', 'WAITLISTED']);

      // B's seat is freed: A's older waitlisted participant does not fit A's share of 2, so B's is promoted.
      const cancelB = await api.call(
        'DELETE',
        `sessions/${session.id}/registrations/${fromB.body.items[0].id}`,
        {
          token: memberB,
        },
      );
      expect(cancelB.status).toBe(204);
      let promoted = await api.events('csg.sessions.registration.promoted.v1', session.id);
      expect(promoted.map((e) => e.data.registrationId)).toEqual([fromB.body.items[1].id]);

      // A's seat is freed: now A's waitlisted participant fits.
      await api.call('DELETE', `sessions/${session.id}/registrations/${fromA.body.items[1].id}`, {
        token: adminA,
      });
      promoted = await api.events('csg.sessions.registration.promoted.v1', session.id);
      expect(promoted.map((e) => e.data.registrationId)).toEqual([
        fromB.body.items[1].id,
        fromA.body.items[2].id,
      ]);
      expect(promoted[1].data).toMatchObject({
        status: 'CONFIRMED',
        tlp: 'TLP:AMBER+STRICT',
        sessionStartsAt: session.startsAt,
      });

      const all = await api.call('GET', `sessions/${session.id}/registrations?status=CONFIRMED`, {
        token: organiser,
      });
      expect(all.body.items).toHaveLength(3);
    });

    it('a capacity rise promotes the waitlist at once', async () => {
      const session = await scheduled({ capacity: 1 });
      const registered = await register(session.id, adminA, agencyA, [external('One'), external('Two')]);
      expect(statuses(registered)).toEqual(['CONFIRMED', 'WAITLISTED']);
      const raised = await api.call('PATCH', `sessions/${session.id}`, {
        token: organiser,
        body: { capacity: 2 },
      });
      expect(raised.status).toBe(200);
      const list = await api.call('GET', `sessions/${session.id}/registrations`, { token: adminA });
      expect(list.body.items.map((r: { status: string }) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
      const lower = await api.call('PATCH', `sessions/${session.id}`, {
        token: organiser,
        body: { capacity: 1 },
      });
      expect(lower).toMatchObject({ status: 409, body: { code: 'SESSION.CAPACITY_BELOW_CONFIRMED' } });
    });
  });

  describe('who registers whom', () => {
    it('an agency registers for itself only; a signed-in participant must be its member; e-mails are unique per session', async () => {
      const session = await scheduled();
      expect((await register(session.id, memberB, agencyA, [external('Intruder')])).status).toBe(403);
      expect((await register(session.id, outsider, agencyA, [external('Nobody')])).status).toBe(403);
      expect((await register(session.id, adminA, agencyA, [person('member-b')])).body.code).toBe(
        'REGISTRATION.PARTICIPANT_NOT_A_MEMBER',
      );
      expect((await register(session.id, adminA, agencyA, [external('Zara')])).status).toBe(201);
      const duplicate = await register(session.id, adminA, agencyA, [external('Zara')]);
      expect(duplicate).toMatchObject({ status: 409, body: { code: 'REGISTRATION.DUPLICATE' } });
      const invalid = await register(session.id, adminA, agencyA, [{ name: 'No mail' }]);
      expect(invalid.status).toBe(400);
    });

    it('an invitation scope admits only the agencies it names by tier, sector or id', async () => {
      const session = await scheduled({ invitation: { tiers: ['PROVINCIAL'], agencyIds: [agencyB] } });
      const refused = await register(session.id, adminA, agencyA, [external('Federal person')]);
      expect(refused).toMatchObject({ status: 403, body: { code: 'REGISTRATION.AGENCY_NOT_INVITED' } });
      const adminC = await api.token('admin-c');
      expect((await register(session.id, adminC, agencyC, [external('Provincial person')])).status).toBe(201);
      expect((await register(session.id, memberB, agencyB, [external('Named agency person')])).status).toBe(
        201,
      );
    });

    it('a draft takes no registrations and does not exist for members', async () => {
      const draft = await api.call('POST', 'sessions', { token: organiser, body: sessionBody() });
      expect((await register(draft.body.id, adminA, agencyA, [external('Early')])).status).toBe(404);
      expect((await register(draft.body.id, organiser, agencyA, [external('Early')])).body.code).toBe(
        'REGISTRATION.CLOSED',
      );
    });

    it('shows each caller only what is theirs, and the check-in code only to its participant', async () => {
      const session = await scheduled();
      const key = { 'idempotency-key': `reg-${session.id}` };
      const first = await register(
        session.id,
        adminA,
        agencyA,
        [person('member-a'), external('Guest of A')],
        key,
      );
      const retry = await register(
        session.id,
        adminA,
        agencyA,
        [person('member-a'), external('Guest of A')],
        key,
      );
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.items.map((r: { id: string }) => r.id)).toEqual(
        first.body.items.map((r: { id: string }) => r.id),
      );
      await register(session.id, memberB, agencyB, [external('Guest of B')]);

      const asAdminA = await api.call('GET', `sessions/${session.id}/registrations`, { token: adminA });
      expect(asAdminA.body.items.map((r: { name: string }) => r.name)).toEqual([
        'Person member-a',
        'Guest of A',
      ]);
      expect(asAdminA.body.items[0].checkInCode).toBeNull();
      expect(asAdminA.body.items[1].checkInCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const asMemberA = await api.call('GET', `sessions/${session.id}/registrations`, { token: memberA });
      expect(asMemberA.body.items[0]).toMatchObject({
        sub: 'member-a',
        checkInCode: expect.stringMatching(/^.{4}-.{4}$/),
      });
      const asMemberB = await api.call('GET', `sessions/${session.id}/registrations`, { token: memberB });
      expect(asMemberB.body.items.map((r: { name: string }) => r.name)).toEqual(['Guest of B']);
      const asOrganiser = await api.call('GET', `sessions/${session.id}/registrations`, { token: organiser });
      expect(asOrganiser.body.items).toHaveLength(3);
      expect(asOrganiser.body.items.every((r: { checkInCode: null }) => r.checkInCode === null)).toBe(true);
      const cancelOther = await api.call(
        'DELETE',
        `sessions/${session.id}/registrations/${first.body.items[1].id}`,
        {
          token: memberB,
        },
      );
      expect(cancelOther).toMatchObject({ status: 404, body: { code: 'REGISTRATION.NOT_FOUND' } });
    });
  });

  describe('at the door and afterwards', () => {
    it('checks in by code once, records attendance in bulk, then takes feedback from attendees after completion', async () => {
      const startsAt = new Date(Date.now() + 12_000);
      const session = await scheduled({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      });
      const registered = await register(session.id, adminA, agencyA, [person('member-a'), external('Guest')]);
      const [memberPlace, guestPlace] = registered.body.items;
      const mine = await api.call('GET', `sessions/${session.id}/registrations`, { token: memberA });
      const code = mine.body.items[0].checkInCode as string;

      const checkIn = (c: string) =>
        api.call('POST', `sessions/${session.id}/check-in`, { token: organiser, body: { code: c } });
      const checked = await checkIn(code.toLowerCase());
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ id: memberPlace.id, attendedAt: expect.any(String) });
      expect((await checkIn(code)).body.code).toBe('CHECK_IN.ALREADY_USED');
      expect((await checkIn('ZZZZ-ZZZZ')).body.code).toBe('CHECK_IN.UNKNOWN_CODE');
      expect(
        (await api.call('POST', `sessions/${session.id}/check-in`, { token: memberA, body: { code } }))
          .status,
      ).toBe(403);

      const bulk = await api.call('POST', `sessions/${session.id}/attendance`, {
        token: organiser,
        body: { registrationIds: [guestPlace.id, memberPlace.id] },
      });
      expect(bulk.body).toEqual({ recorded: 1, alreadyRecorded: 1, attendedCount: 2 });
      const attendance = await api.events('csg.sessions.attendance.recorded.v1', session.id);
      expect(attendance.map((e) => e.data.source)).toEqual(['CHECK_IN', 'BULK']);
      expect(attendance[1].data).toMatchObject({ attendingAgencyIds: [agencyA], attendedCount: 2 });

      const feedback = (token: string, body: unknown) =>
        api.call('POST', `sessions/${session.id}/feedback`, { token, body });
      expect((await feedback(memberA, { rating: 5 })).body.code).toBe('FEEDBACK.SESSION_NOT_COMPLETED');
      await waitFor(
        async () =>
          (await api.call('POST', `sessions/${session.id}/complete`, { token: organiser })).status === 200,
        { what: 'the session to start so it can be completed', timeoutMs: 45_000, intervalMs: 250 },
      );
      expect((await register(session.id, adminA, agencyA, [external('Too late')])).body.code).toBe(
        'REGISTRATION.CLOSED',
      );
      const given = await feedback(memberA, {
        rating: 5,
        comment: 'The roadmap workshop was directly useful.',
      });
      expect(given).toMatchObject({ status: 201, body: { rating: 5 } });
      expect((await feedback(memberA, { rating: 4 })).body.code).toBe('FEEDBACK.ALREADY_GIVEN');
      expect((await feedback(memberB, { rating: 1 })).body.code).toBe('FEEDBACK.NOT_AN_ATTENDEE');
      expect((await feedback(memberA, { rating: 6 })).status).toBe(400);
      const summary = await api.call('GET', `sessions/${session.id}/feedback/summary`, { token: organiser });
      expect(summary.body).toEqual({
        count: 1,
        average: 5,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 },
      });
      expect(
        (await api.call('GET', `sessions/${session.id}/feedback/summary`, { token: memberA })).status,
      ).toBe(403);
      const late = await api.call('DELETE', `sessions/${session.id}/registrations/${guestPlace.id}`, {
        token: adminA,
      });
      expect(late).toMatchObject({ status: 409, body: { code: 'REGISTRATION.SESSION_COMPLETED' } });

      const report = await api.call('GET', 'reports/participation', { token: organiser });
      const row = report.body.rows.find((r: { sessionId: string }) => r.sessionId === session.id);
      expect(row).toMatchObject({
        agencyId: agencyA,
        tier: 'FEDERAL',
        sector: 'EDUCATION',
        registered: 2,
        confirmed: 2,
        waitlisted: 0,
        attended: 2,
      });
      expect(
        report.body.byTier.find((g: { key: string }) => g.key === 'FEDERAL').attended,
      ).toBeGreaterThanOrEqual(2);
      const csv = await api.call('GET', 'reports/participation', {
        token: organiser,
        headers: { accept: 'text/csv' },
      });
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.text.split('\r\n')[0]).toMatch(/^group,sessionId,sequence,/);
      expect(csv.text).toContain(`SESSION_AGENCY,${session.id},`);
      expect((await api.call('GET', 'reports/participation', { token: adminA })).status).toBe(403);
      expect(
        (await api.call('GET', 'reports/participation?from=yesterday', { token: organiser })).status,
      ).toBe(400);
    });
  });

  describe('materials under TLP', () => {
    it('each reader sees exactly the materials their marking allows, in every list', async () => {
      const session = await scheduled();
      await register(session.id, adminA, agencyA, [person('member-a')]);
      const publish = (title: string, tlp: string, agencyId?: string) =>
        api.call('POST', `sessions/${session.id}/materials`, {
          token: organiser,
          body: {
            title,
            url: `https://files.example.gov/${title.toLowerCase()}.pdf`,
            tlp,
            ...(agencyId ? { agencyId } : {}),
          },
        });
      for (const [title, tlp, owner] of [
        ['Clear', 'TLP:CLEAR'],
        ['Green', 'TLP:GREEN'],
        ['Amber', 'TLP:AMBER'],
        ['StrictA', 'TLP:AMBER+STRICT', agencyA],
        ['StrictB', 'TLP:AMBER+STRICT', agencyB],
        ['Red', 'TLP:RED'],
      ] as const) {
        expect((await publish(title, tlp, owner)).status).toBe(201);
      }
      const titles = async (token?: string) => {
        const page = await api.call('GET', `sessions/${session.id}/materials`, { token });
        expect(page.status).toBe(200);
        return page.body.items.map((m: { title: string }) => m.title);
      };
      expect(await titles()).toEqual(['Clear']);
      expect(await titles(outsider)).toEqual(['Clear']);
      expect(await titles(memberB)).toEqual(['Clear', 'Green', 'StrictB']);
      expect(await titles(memberA)).toEqual(['Clear', 'Green', 'Amber', 'StrictA', 'Red']);
      expect(await titles(adminA)).toEqual(['Clear', 'Green', 'Amber', 'StrictA']);
      expect(await titles(organiser)).toEqual(['Clear', 'Green', 'Amber', 'StrictA', 'StrictB']);

      const events = await api.events('csg.sessions.material.published.v1', session.id);
      const red = events.find((e) => e.data.tlp === 'TLP:RED');
      expect(red?.data).toMatchObject({ title: null, url: null });
      expect(events.find((e) => e.data.tlp === 'TLP:AMBER')?.data.sharedWithAgencyIds).toEqual([agencyA]);

      const badItem = await api.call('POST', `sessions/${session.id}/materials`, {
        token: organiser,
        body: {
          title: 'Orphan',
          url: 'https://x.example.gov/o.pdf',
          tlp: 'TLP:GREEN',
          agendaItemId: agencyA,
        },
      });
      expect(badItem.body.code).toBe('MATERIAL.AGENDA_ITEM_NOT_FOUND');
      expect(
        (await api.call('POST', `sessions/${session.id}/materials`, { token: adminA, body: {} })).status,
      ).toBe(403);
    });
  });
});
