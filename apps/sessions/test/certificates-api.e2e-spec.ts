import { pdfPages } from '@csg/documents/testing/read-documents';
import { waitFor } from '@csg/testing/wait-for';
import { VERIFICATION_PAGE_CSP } from '../src/certificates/queries/verify-certificate/verification-page';
import { SessionsTestPlatform, sessionBody } from './sessions-platform.fixture';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const HOUR = 3_600_000;
const ISSUED = 'csg.sessions.certificate.issued.v1';
const LOOKUPS_PER_ADDRESS = 5;

describe('certificates of attendance (embedded platform, HTTP)', () => {
  let api: SessionsTestPlatform;
  let organiser: string;
  let adminA: string;
  let memberA: string;
  let memberB: string;
  let agencyA: string;
  let session: { id: string; sequence: number; title: string; startsAt: string };
  let place: { ayesha: string; guest: string; noShow: string };
  let ayeshaCode: string;
  let guestCode: string;

  /** A certificate as a participant, their agency or an organiser downloads it. */
  const pdf = (registrationId: string, token?: string) =>
    fetch(`${api.baseUrl}/api/v1/sessions/${session.id}/registrations/${registrationId}/certificate.pdf`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const textOf = async (response: Response) =>
    (await pdfPages(Buffer.from(await response.arrayBuffer()))).map((page) => page.text).join(' ');
  const codeIn = (text: string) => /Verification code: ((?:[0-9A-Z]{4}-){6}[0-9A-Z]{4})/.exec(text)![1];
  /** The public verification, as a phone's browser or an API client asks it, from `address`. */
  const verify = (code: string, accept = 'application/json', address = '198.51.100.1') =>
    fetch(`${api.baseUrl}/api/v1/certificates/${code}`, {
      headers: { accept, 'x-forwarded-for': address },
    });

  beforeAll(async () => {
    process.env.RATE_LIMIT_PUBLIC_LOOKUPS_PER_ADDRESS = String(LOOKUPS_PER_ADDRESS);
    process.env.PUBLIC_BASE_URL = 'https://csg.example.gov.pk';
    api = await SessionsTestPlatform.start('sessions_certificates');
    organiser = await api.token('organiser-1', ['organiser']);
    agencyA = await api.agencyWithPeople(organiser, { admins: ['admin-a'], members: ['member-a'] });
    await api.agencyWithPeople(organiser, { members: ['member-b'] });
    adminA = await api.token('admin-a');
    memberA = await api.token('member-a');
    memberB = await api.token('member-b');

    const startsAt = new Date(Date.now() + 12_000);
    const planned = await api.call('POST', 'sessions', {
      token: organiser,
      body: sessionBody({
        title: 'Identifying and managing cyber risk',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 5 * HOUR).toISOString(),
      }),
    });
    const item = (kind: string, title: string, from: number) =>
      api.call('POST', `sessions/${planned.body.id}/agenda`, {
        token: organiser,
        body: {
          kind,
          title,
          startsAt: new Date(startsAt.getTime() + from * HOUR).toISOString(),
          endsAt: new Date(startsAt.getTime() + (from + 1) * HOUR).toISOString(),
          speakers: [],
        },
      });
    expect((await item('KEYNOTE', 'Cyber risk in the public sector', 0)).status).toBe(201);
    expect((await item('WORKSHOP', 'Writing a risk register', 1)).status).toBe(201);
    expect((await item('PANEL', 'Inter-agency dialogue', 2)).status).toBe(201);
    session = (await api.call('POST', `sessions/${planned.body.id}/schedule`, { token: organiser })).body;
    const registered = await api.call('POST', `sessions/${session.id}/registrations`, {
      token: adminA,
      body: {
        agencyId: agencyA,
        participants: [
          { sub: 'member-a', name: 'Ayesha Khan', email: 'member-a@example.gov.pk' },
          { name: 'Bilal Ahmed', email: 'bilal.ahmed@partner.gov.pk' },
          { name: 'Sana Mir', email: 'sana.mir@partner.gov.pk' },
        ],
      },
    });
    const [ayesha, guest, noShow] = registered.body.items.map((r: { id: string }) => r.id);
    place = { ayesha, guest, noShow };
    const recorded = await api.call('POST', `sessions/${session.id}/attendance`, {
      token: organiser,
      body: { registrationIds: [ayesha, guest] },
    });
    expect(recorded.body).toMatchObject({ recorded: 2 });
    expect(await api.events(ISSUED, session.id)).toEqual([]);
    await waitFor(
      async () =>
        (await api.call('POST', `sessions/${session.id}/complete`, { token: organiser })).status === 200,
      { what: 'the session to start so it can be completed', timeoutMs: 45_000, intervalMs: 250 },
    );
  }, 120_000);

  afterAll(async () => {
    delete process.env.RATE_LIMIT_PUBLIC_LOOKUPS_PER_ADDRESS;
    delete process.env.PUBLIC_BASE_URL;
    await api?.stop();
  });

  it('completing the session publishes certificate.issued once per participant whose attendance was recorded', async () => {
    const issued = await api.events(ISSUED, session.id);
    expect(issued.map((e) => e.data.registrationId)).toEqual([place.ayesha, place.guest]);
    expect(issued[0].data).toMatchObject({
      agencyId: agencyA,
      sub: 'member-a',
      name: 'Ayesha Khan',
      sessionSequence: session.sequence,
      tlp: 'TLP:AMBER+STRICT',
    });
  });

  it('the participant, their agency and organisers download it; it says who attended what, where and when', async () => {
    const own = await pdf(place.ayesha, memberA);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(
      `attachment; filename="certificate-of-attendance-session-${session.sequence}.pdf"`,
    );
    const text = await textOf(own);
    for (const fact of [
      'Ayesha Khan',
      `of Agency `,
      `Session ${session.sequence}: Identifying and managing cyber risk`,
      'National CERT auditorium, Islamabad',
      'Cyber risk in the public sector',
      'Writing a risk register',
      'TLP:GREEN',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).not.toContain('Inter-agency dialogue');
    ayeshaCode = codeIn(text);
    expect(text).toContain(`https://csg.example.gov.pk/api/v1/certificates/${ayeshaCode}`);

    const guest = await pdf(place.guest, adminA);
    expect(guest.status).toBe(200);
    guestCode = codeIn(await textOf(guest));
    expect(guestCode).not.toBe(ayeshaCode);
    expect((await pdf(place.guest, organiser)).status).toBe(200);
  });

  it('anyone else finds no such registration; an attendee-less registration has no certificate', async () => {
    expect((await pdf(place.ayesha)).status).toBe(401);
    const other = await pdf(place.ayesha, memberB);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { code: string }).code).toBe('REGISTRATION.NOT_FOUND');
    expect((await pdf(place.guest, memberA)).status).toBe(200); // same agency: members read its registrations
    const none = await pdf(place.noShow, organiser);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { code: string }).code).toBe('CERTIFICATE.NOT_FOUND');
  });

  it('the public verification answers an API client with JSON: valid, name, session and date, nothing else', async () => {
    const answer = await verify(ayeshaCode.toLowerCase());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('vary')).toContain('Accept');
    expect(await answer.json()).toEqual({
      status: 'VALID',
      valid: true,
      name: 'Ayesha Khan',
      sessionSequence: session.sequence,
      sessionTitle: 'Identifying and managing cyber risk',
      sessionDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi' }).format(
        new Date(session.startsAt),
      ),
    });
    const unknown = await verify('0000-0000-0000-0000-0000-0000-0000');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(((await unknown.json()) as { code: string }).code).toBe('CERTIFICATE.NOT_FOUND');
    expect((await verify('not-a-code')).status).toBe(404);
  });

  it('a browser gets a small page with no script under a strict Content-Security-Policy', async () => {
    const page = await verify(ayeshaCode, BROWSER, '198.51.100.2');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(VERIFICATION_PAGE_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('<strong>Valid.</strong>');
    expect(html).toContain('<dd>Ayesha Khan</dd>');
    expect(html).not.toMatch(/<script|\son\w+=/i);
    const missing = await verify('0000-0000-0000-0000-0000-0000-0000', BROWSER, '198.51.100.2');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<strong>Not found.</strong>');
  });

  it('limits lookups per client address, not for everyone', async () => {
    const from = '198.51.100.77';
    for (let i = 0; i < LOOKUPS_PER_ADDRESS; i++)
      expect((await verify(ayeshaCode, undefined, from)).status).toBe(200);
    const limited = await verify(ayeshaCode, undefined, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await verify(ayeshaCode, undefined, '198.51.100.78')).status).toBe(200);
  });

  it('attendance caught up on after completion is certified at once, and only once', async () => {
    for (let i = 0; i < 2; i++) {
      const caughtUp = await api.call('POST', `sessions/${session.id}/attendance`, {
        token: organiser,
        body: { registrationIds: [place.noShow] },
      });
      expect(caughtUp.status).toBe(200);
    }
    const issued = await api.events(ISSUED, session.id);
    expect(issued.map((e) => e.data.registrationId)).toEqual([place.ayesha, place.guest, place.noShow]);
    expect((await pdf(place.noShow, adminA)).status).toBe(200);
  });

  it('an organiser revokes a certificate: its verification says REVOKED and names nobody, its PDF is gone', async () => {
    const revoke = (token: string) =>
      api.call('POST', `sessions/${session.id}/registrations/${place.guest}/certificate/revoke`, {
        token,
        body: { reason: 'Recorded as attending by mistake.' },
      });
    expect((await revoke(adminA)).status).toBe(403);
    expect((await revoke(organiser)).status).toBe(204);
    expect((await revoke(organiser)).body.code).toBe('CERTIFICATE.REVOKED');
    expect(await (await verify(guestCode, undefined, '198.51.100.3')).json()).toEqual({
      status: 'REVOKED',
      valid: false,
      name: null,
      sessionSequence: null,
      sessionTitle: null,
      sessionDate: null,
    });
    const page = await (await verify(guestCode, BROWSER, '198.51.100.3')).text();
    expect(page).toContain('<strong>Revoked.</strong>');
    expect(page).not.toContain('Bilal');
    const gone = await pdf(place.guest, adminA);
    expect(gone.status).toBe(409);
    expect(((await gone.json()) as { code: string }).code).toBe('CERTIFICATE.REVOKED');
    expect((await verify(ayeshaCode, undefined, '198.51.100.3')).status).toBe(200);
  });

  it('the notifications service tells the participant in their inbox; the code is in no event and no notification', async () => {
    await waitFor(
      async () => {
        const inbox = await api.call('GET', 'me/notifications?limit=100', { token: memberA });
        return inbox.body.items.some((n: { title: string }) =>
          n.title.startsWith('Your certificate of attendance for Session'),
        );
      },
      { what: "member-a's certificate notification" },
    );
    const everything = JSON.stringify([
      await api.query('sessions', `SELECT value FROM outbox`),
      await api.query('notifications', `SELECT title, body FROM notification_facts`),
    ]);
    expect(everything).not.toContain(ayeshaCode.replace(/-/g, ''));
    expect(everything).not.toContain(ayeshaCode);
  });
});
