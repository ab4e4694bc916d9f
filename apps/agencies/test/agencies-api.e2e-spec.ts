import { randomUUID } from 'node:crypto';
import { agencyBody, AgenciesTestPlatform, memberBody } from './agencies-platform.fixture';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the agencies API (embedded platform, HTTP)', () => {
  let api: AgenciesTestPlatform;
  let organiser: string;
  let platformAdmin: string;

  beforeAll(async () => {
    api = await AgenciesTestPlatform.start('agencies_api');
    organiser = await api.token('organiser-1', ['organiser'], 'Olivia Organiser');
    platformAdmin = await api.token('padmin-1', ['platform-admin']);
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** An ACTIVE agency registered by the organiser, with `admin` as its agency-admin. */
  async function activeAgencyWithAdmin(admin: string, overrides: Record<string, unknown> = {}) {
    const agency = await api.call('POST', 'agencies', { token: organiser, body: agencyBody(overrides) });
    expect(agency.status).toBe(201);
    const added = await api.call('POST', `agencies/${agency.body.id}/members`, {
      token: organiser,
      body: memberBody(admin, 'agency-admin'),
    });
    expect(added.status).toBe(201);
    return { agency: agency.body, admin: added.body };
  }

  describe('registration and applications', () => {
    it('an organiser registers an ACTIVE agency at version 1, with ETag, Location and UTC timestamps', async () => {
      const body = agencyBody({ tier: 'PROVINCIAL', jurisdiction: 'Punjab', sector: 'HOME_AFFAIRS' });
      const created = await api.call('POST', 'agencies', { token: organiser, body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...body, status: 'ACTIVE', version: 1, parentAgencyId: null });
      expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.body.createdAt).toMatch(ISO_UTC);
      expect(created.headers.get('etag')).toBe('"1"');
      expect(created.headers.get('location')).toBe(`/api/v1/agencies/${created.body.id}`);
      const [event] = await api.query(
        'agencies',
        `SELECT event_type, value::jsonb AS data FROM outbox WHERE message_key = $1`,
        [created.body.id],
      );
      expect(event).toMatchObject({
        event_type: 'csg.agencies.agency.registered.v1',
        data: { agencyId: created.body.id, status: 'ACTIVE', version: 1 },
      });
    });

    it('a person applies; only they and operators see the pending agency; verification makes them its agency-admin', async () => {
      const alice = await api.token('alice', [], 'Alice Applicant');
      const bob = await api.token('bob');
      const applied = await api.call('POST', 'agencies', {
        token: alice,
        body: agencyBody({ name: 'Applied Agency' }),
      });
      expect(applied.status).toBe(201);
      expect(applied.body).toMatchObject({ status: 'PENDING_VERIFICATION', applicant: { sub: 'alice' } });
      const id = applied.body.id;

      expect((await api.call('GET', `agencies/${id}`, { token: alice })).status).toBe(200);
      expect((await api.call('GET', `agencies/${id}`, { token: organiser })).status).toBe(200);
      expect((await api.call('GET', `agencies/${id}`, { token: bob })).status).toBe(404);
      const bobsList = await api.call('GET', 'agencies?status=PENDING_VERIFICATION&limit=100', {
        token: bob,
      });
      expect(bobsList.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
      expect((await api.call('POST', `agencies/${id}/verify`, { token: alice })).status).toBe(403);

      const verified = await api.call('POST', `agencies/${id}/verify`, { token: organiser });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ status: 'ACTIVE', version: 2 });
      expect(verified.body.applicant).toBeUndefined();
      expect(verified.headers.get('etag')).toBe('"2"');

      const me = await api.call('GET', 'me', { token: alice });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ sub: 'alice', platformRoles: [] });
      expect(me.body.memberships).toEqual([
        expect.objectContaining({
          agencyId: id,
          role: 'agency-admin',
          agencyStatus: 'ACTIVE',
          displayName: 'Alice Applicant',
        }),
      ]);
      expect((await api.call('GET', `agencies/${id}/members`, { token: alice })).body.items).toHaveLength(1);
      const again = await api.call('POST', `agencies/${id}/verify`, { token: organiser });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('AGENCY.NOT_PENDING');
    });

    it('refuses a duplicate acronym whatever its case (409)', async () => {
      const body = agencyBody();
      expect((await api.call('POST', 'agencies', { token: organiser, body })).status).toBe(201);
      const duplicate = await api.call('POST', 'agencies', {
        token: platformAdmin,
        body: agencyBody({ acronym: String(body.acronym).toLowerCase() }),
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({ code: 'AGENCY.ACRONYM_TAKEN', status: 409 });
      expect(duplicate.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  describe('bad input: problem documents, nothing changed', () => {
    it('lists every invalid field (400)', async () => {
      const bad = await api.call('POST', 'agencies', {
        token: organiser,
        body: {
          name: 'x',
          acronym: '!',
          tier: 'GALACTIC',
          sector: 'SPACE',
          contactEmail: 'nope',
          website: 'ftp:x',
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'acronym',
        'contactEmail',
        'name',
        'sector',
        'tier',
        'website',
      ]);
    });

    it.each(['status', 'version', 'agencyId', 'role'])(
      'rejects the unknown field %s (400)',
      async (field) => {
        const response = await api.call('POST', 'agencies', {
          token: organiser,
          body: { ...agencyBody(), [field]: 'x' },
        });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
      },
    );

    it('refuses control characters and lone surrogates in text (400, never 5xx)', async () => {
      for (const name of ['Nul\u0000Agency', 'Lone \ud800 surrogate']) {
        const response = await api.call('POST', 'agencies', { token: organiser, body: agencyBody({ name }) });
        expect(response.status).toBe(400);
      }
    });

    it('needs a jurisdiction for a departmental agency (422)', async () => {
      const response = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody({ tier: 'DEPARTMENTAL' }),
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('AGENCY.JURISDICTION_REQUIRED');
    });

    it('asks anonymous callers for a token (401) and answers unknown or malformed ids with 404', async () => {
      expect((await api.call('GET', 'agencies')).status).toBe(401);
      expect((await api.call('GET', 'me')).status).toBe(401);
      expect((await api.call('GET', `agencies/${randomUUID()}`, { token: organiser })).status).toBe(404);
      expect((await api.call('GET', 'agencies/not-a-uuid', { token: organiser })).status).toBe(404);
      expect((await api.call('POST', `agencies/${randomUUID()}/suspend`, { token: organiser })).status).toBe(
        404,
      );
    });

    it('refuses a foreign cursor and unknown query parameters (400)', async () => {
      expect((await api.call('GET', 'agencies?cursor=garbage', { token: organiser })).status).toBe(400);
      expect((await api.call('GET', 'agencies?limit=0', { token: organiser })).status).toBe(400);
      expect((await api.call('GET', 'agencies?owner=me', { token: organiser })).status).toBe(400);
    });
  });

  describe('the hierarchy', () => {
    it('refuses a parent of a lower tier, an unknown parent, and a cycle (422)', async () => {
      const federal = (await api.call('POST', 'agencies', { token: organiser, body: agencyBody() })).body;
      const provincial = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody({ tier: 'PROVINCIAL', jurisdiction: 'Punjab', parentAgencyId: federal.id }),
      });
      expect(provincial.status).toBe(201);
      expect(provincial.body.parentAgencyId).toBe(federal.id);

      const upsideDown = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody({ parentAgencyId: provincial.body.id }),
      });
      expect(upsideDown.body.code).toBe('AGENCY.PARENT_TIER_TOO_LOW');
      const orphan = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody({ parentAgencyId: randomUUID() }),
      });
      expect(orphan.body.code).toBe('AGENCY.PARENT_NOT_FOUND');
      const cycle = await api.call('PATCH', `agencies/${federal.id}`, {
        token: organiser,
        body: { tier: 'PROVINCIAL', jurisdiction: 'Punjab', parentAgencyId: provincial.body.id },
      });
      expect(cycle.status).toBe(422);
      expect(cycle.body.code).toBe('AGENCY.HIERARCHY_CYCLE');
      const demoted = await api.call('PATCH', `agencies/${federal.id}`, {
        token: organiser,
        body: { tier: 'DEPARTMENTAL', jurisdiction: 'Punjab' },
      });
      expect(demoted.body.code).toBe('AGENCY.CHILD_TIER_TOO_HIGH');
      const children = await api.call('GET', `agencies?parentAgencyId=${federal.id}`, { token: organiser });
      expect(children.body.items.map((a: { id: string }) => a.id)).toEqual([provincial.body.id]);
    });
  });

  describe('changes with If-Match (optimistic concurrency)', () => {
    it('applies a change at the named version and refuses a stale one (412)', async () => {
      const { agency } = await activeAgencyWithAdmin('ifmatch-admin');
      const changed = await api.call('PATCH', `agencies/${agency.id}`, {
        token: organiser,
        body: { website: 'https://example.gov.pk' },
        headers: { 'if-match': '"1"' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ website: 'https://example.gov.pk', version: 2 });
      expect(changed.headers.get('etag')).toBe('"2"');
      const stale = await api.call('PATCH', `agencies/${agency.id}`, {
        token: organiser,
        body: { website: 'https://other.gov.pk' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('AGENCY.VERSION_MISMATCH');
      const read = await api.call('GET', `agencies/${agency.id}`, { token: organiser });
      expect(read.body).toMatchObject({ website: 'https://example.gov.pk', version: 2 });
      expect(read.headers.get('etag')).toBe('"2"');
    });

    it('two conflicting PATCHes with the same If-Match: one 200, one 412, nothing half-applied', async () => {
      const agency = (await api.call('POST', 'agencies', { token: organiser, body: agencyBody() })).body;
      const patch = (name: string) =>
        api.call('PATCH', `agencies/${agency.id}`, {
          token: organiser,
          body: { name, contactEmail: `${name.replace(/\s/g, '')}@example.gov.pk` },
          headers: { 'if-match': '"1"' },
        });
      const results = await Promise.all([patch('First Writer'), patch('Second Writer')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
      const winner = results.find((r) => r.status === 200)!.body;
      const [row] = await api.query(
        'agencies',
        'SELECT name, contact_email, version FROM agencies WHERE id = $1',
        [agency.id],
      );
      expect(row).toEqual({ name: winner.name, contact_email: winner.contactEmail, version: 2 });
      const events = await api.query(
        'agencies',
        `SELECT value::jsonb AS data FROM outbox WHERE message_key = $1 AND event_type = $2`,
        [agency.id, 'csg.agencies.agency.updated.v1'],
      );
      expect(events.map((e) => e.data.name)).toEqual([winner.name]);
    });

    it('applies a member change at the named version and refuses a stale one (412)', async () => {
      const { agency, admin } = await activeAgencyWithAdmin('member-ifmatch-admin');
      const path = `agencies/${agency.id}/members/${admin.id}`;
      const changed = await api.call('PATCH', path, {
        token: organiser,
        body: { title: 'CISO' },
        headers: { 'if-match': '"1"' },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).toBe('"2"');
      const stale = await api.call('PATCH', path, {
        token: organiser,
        body: { title: 'CTO' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('MEMBER.VERSION_MISMATCH');
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the first response and creates one agency', async () => {
      const key = randomUUID();
      const body = agencyBody();
      const first = await api.call('POST', 'agencies', {
        token: organiser,
        body,
        headers: { 'idempotency-key': key },
      });
      const retry = await api.call('POST', 'agencies', {
        token: organiser,
        body,
        headers: { 'idempotency-key': key },
      });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.headers.get('etag')).toBe('"1"');
      const rows = await api.query('agencies', 'SELECT count(*)::int AS n FROM agencies WHERE acronym = $1', [
        body.acronym,
      ]);
      expect(rows[0].n).toBe(1);
      const events = await api.query(
        'agencies',
        'SELECT count(*)::int AS n FROM outbox WHERE message_key = $1',
        [first.body.id],
      );
      expect(events[0].n).toBe(1);
    });

    it('answers concurrent retries with one creation', async () => {
      const key = randomUUID();
      const body = agencyBody();
      const responses = await Promise.all(
        [1, 2, 3].map(() =>
          api.call('POST', 'agencies', { token: organiser, body, headers: { 'idempotency-key': key } }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    });

    it('refuses the same key with a different body (422) and keeps keys apart per caller', async () => {
      const key = randomUUID();
      const first = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody(),
        headers: { 'idempotency-key': key },
      });
      const reused = await api.call('POST', 'agencies', {
        token: organiser,
        body: agencyBody(),
        headers: { 'idempotency-key': key },
      });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      const other = await api.call('POST', 'agencies', {
        token: platformAdmin,
        body: agencyBody(),
        headers: { 'idempotency-key': key },
      });
      expect(other.status).toBe(201);
      expect(other.body.id).not.toBe(first.body.id);
    });

    it('makes adding a member idempotent too', async () => {
      const { agency } = await activeAgencyWithAdmin('idem-admin');
      const key = randomUUID();
      const add = () =>
        api.call('POST', `agencies/${agency.id}/members`, {
          token: organiser,
          body: memberBody('idem-member'),
          headers: { 'idempotency-key': key },
        });
      const first = await add();
      const retry = await add();
      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.body).toEqual(first.body);
      expect((await add()).headers.get('idempotent-replayed')).toBe('true');
    });
  });

  describe('members', () => {
    it('agency-admins manage their own agency; another agency-admin cannot, even with its ids (403/404)', async () => {
      const a = await activeAgencyWithAdmin('admin-of-a');
      const b = await activeAgencyWithAdmin('admin-of-b');
      const adminA = await api.token('admin-of-a');
      const added = await api.call('POST', `agencies/${a.agency.id}/members`, {
        token: adminA,
        body: memberBody('joe'),
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ agencyId: a.agency.id, sub: 'joe', role: 'member', version: 1 });
      expect(added.headers.get('etag')).toBe('"1"');

      const duplicate = await api.call('POST', `agencies/${a.agency.id}/members`, {
        token: adminA,
        body: memberBody('joe'),
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('MEMBER.ALREADY_MEMBER');

      expect(
        (await api.call('POST', `agencies/${b.agency.id}/members`, { token: adminA, body: memberBody('x') }))
          .status,
      ).toBe(403);
      expect((await api.call('GET', `agencies/${b.agency.id}/members`, { token: adminA })).status).toBe(403);
      expect(
        (await api.call('PATCH', `agencies/${b.agency.id}`, { token: adminA, body: { name: 'Hijacked' } }))
          .status,
      ).toBe(403);
      // B's member id under A's path does not exist for A's admin.
      const crossed = await api.call('DELETE', `agencies/${a.agency.id}/members/${b.admin.id}`, {
        token: adminA,
      });
      expect(crossed.status).toBe(404);
      expect(crossed.body.code).toBe('MEMBER.NOT_FOUND');
      const bMembers = await api.call('GET', `agencies/${b.agency.id}/members`, { token: organiser });
      expect(bMembers.body.items.map((m: { id: string }) => m.id)).toEqual([b.admin.id]);
    });

    it('agency-admins change their agency details but not its identity or place (403)', async () => {
      const { agency } = await activeAgencyWithAdmin('details-admin');
      const admin = await api.token('details-admin');
      const ok = await api.call('PATCH', `agencies/${agency.id}`, {
        token: admin,
        body: { contactEmail: 'new@example.gov.pk' },
      });
      expect(ok.status).toBe(200);
      const reserved = await api.call('PATCH', `agencies/${agency.id}`, {
        token: admin,
        body: { tier: 'FEDERAL' },
      });
      expect(reserved.status).toBe(403);
      expect(reserved.body.code).toBe('AGENCY.CHANGE_RESERVED');
      const member = await api.call('POST', `agencies/${agency.id}/members`, {
        token: admin,
        body: memberBody('plain'),
      });
      const plain = await api.token('plain');
      expect(
        (await api.call('PATCH', `agencies/${agency.id}`, { token: plain, body: { name: 'Nope' } })).status,
      ).toBe(403);
      expect((await api.call('GET', `agencies/${agency.id}/members`, { token: plain })).status).toBe(200);
      expect(
        (await api.call('DELETE', `agencies/${agency.id}/members/${member.body.id}`, { token: plain }))
          .status,
      ).toBe(403);
    });

    it('an agency always keeps an agency-admin (409), and a second admin lets the first go', async () => {
      const { agency, admin } = await activeAgencyWithAdmin('only-admin');
      const path = `agencies/${agency.id}/members/${admin.id}`;
      const demote = await api.call('PATCH', path, { token: organiser, body: { role: 'member' } });
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe('MEMBER.LAST_ADMIN');
      const remove = await api.call('DELETE', path, { token: organiser });
      expect(remove.status).toBe(409);
      await api.call('POST', `agencies/${agency.id}/members`, {
        token: organiser,
        body: memberBody('second-admin', 'agency-admin'),
      });
      const promoted = await api.call('PATCH', path, { token: organiser, body: { role: 'member' } });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ role: 'member', version: 2 });
      const removed = await api.call('DELETE', path, { token: organiser });
      expect(removed.status).toBe(204);
      const types = await api.query(
        'agencies',
        `SELECT event_type FROM outbox WHERE message_key = $1 AND value::jsonb->>'memberId' = $2 ORDER BY id`,
        [agency.id, admin.id],
      );
      expect(types.map((t) => t.event_type)).toEqual([
        'csg.agencies.member.added.v1',
        'csg.agencies.member.role-changed.v1',
        'csg.agencies.member.removed.v1',
      ]);
    });

    it('two concurrent demotions of the last two admins: exactly one succeeds', async () => {
      const { agency, admin } = await activeAgencyWithAdmin('race-admin-1');
      const second = await api.call('POST', `agencies/${agency.id}/members`, {
        token: organiser,
        body: memberBody('race-admin-2', 'agency-admin'),
      });
      const results = await Promise.all(
        [admin.id, second.body.id].map((id) =>
          api.call('PATCH', `agencies/${agency.id}/members/${id}`, {
            token: organiser,
            body: { role: 'member' },
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const [{ n }] = await api.query(
        'agencies',
        `SELECT count(*)::int AS n FROM members WHERE agency_id = $1 AND role = 'agency-admin'`,
        [agency.id],
      );
      expect(n).toBe(1);
    });

    it('refuses members for a pending agency (409)', async () => {
      const applicant = await api.token('pending-applicant');
      const pending = (await api.call('POST', 'agencies', { token: applicant, body: agencyBody() })).body;
      const response = await api.call('POST', `agencies/${pending.id}/members`, {
        token: organiser,
        body: memberBody('early'),
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('MEMBER.AGENCY_NOT_VERIFIED');
    });

    it('pages members by display name', async () => {
      const { agency } = await activeAgencyWithAdmin('pager-admin');
      for (const sub of ['p-c', 'p-a', 'p-b']) {
        await api.call('POST', `agencies/${agency.id}/members`, { token: organiser, body: memberBody(sub) });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ sub: string }>; nextCursor: string | null } } = await api.call(
          'GET',
          `agencies/${agency.id}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { token: organiser },
        );
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((m) => m.sub));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['p-a', 'p-b', 'p-c', 'pager-admin']);
    });
  });

  describe('status: suspend and reinstate', () => {
    it('a suspended agency is hidden from outsiders and its members lose their agency rights until reinstated', async () => {
      const { agency } = await activeAgencyWithAdmin('suspended-admin');
      const admin = await api.token('suspended-admin');
      const outsider = await api.token('outsider');
      const suspended = await api.call('POST', `agencies/${agency.id}/suspend`, {
        token: organiser,
        headers: { 'if-match': '"1"' },
      });
      expect(suspended.status).toBe(200);
      expect(suspended.body).toMatchObject({ status: 'SUSPENDED', version: 2 });
      expect((await api.call('GET', `agencies/${agency.id}`, { token: outsider })).status).toBe(404);
      expect((await api.call('GET', `agencies/${agency.id}`, { token: admin })).status).toBe(200);
      expect((await api.call('GET', `agencies/${agency.id}/members`, { token: admin })).status).toBe(403);
      expect((await api.call('POST', `agencies/${agency.id}/suspend`, { token: organiser })).body.code).toBe(
        'AGENCY.NOT_ACTIVE',
      );
      const reinstated = await api.call('POST', `agencies/${agency.id}/reinstate`, { token: platformAdmin });
      expect(reinstated.body).toMatchObject({ status: 'ACTIVE', version: 3 });
      expect((await api.call('GET', `agencies/${agency.id}/members`, { token: admin })).status).toBe(200);
      expect((await api.call('POST', `agencies/${agency.id}/reinstate`, { token: organiser })).status).toBe(
        409,
      );
    });
  });

  describe('the directory', () => {
    it('filters by tier, sector and jurisdiction and finds partial words of the name or acronym', async () => {
      const body = agencyBody({
        name: 'Home Department, Government of Punjab',
        acronym: `HDP${Date.now() % 10000}`,
        tier: 'PROVINCIAL',
        jurisdiction: 'Punjab',
        sector: 'HOME_AFFAIRS',
      });
      const created = (await api.call('POST', 'agencies', { token: organiser, body })).body;
      const reader = await api.token('reader');
      const search = async (query: string) =>
        (await api.call('GET', `agencies?${query}`, { token: reader })).body.items.map(
          (a: { id: string }) => a.id,
        );
      expect(await search('q=punj%20home')).toContain(created.id);
      expect(await search('q=GOVERN')).toContain(created.id);
      expect(await search(`q=${String(body.acronym).slice(0, 5).toLowerCase()}`)).toContain(created.id);
      expect(await search('q=punj%20finance')).not.toContain(created.id);
      expect(await search('q=%25')).not.toContain(created.id);
      expect(await search('tier=PROVINCIAL&sector=HOME_AFFAIRS&jurisdiction=punjab')).toContain(created.id);
      expect(await search('tier=FEDERAL&q=punjab')).not.toContain(created.id);
    });

    it('pages with an opaque keyset cursor, every agency once, and caps the page size', async () => {
      const word = `Pager${Date.now() % 100000}`;
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        ids.push(
          (
            await api.call('POST', 'agencies', {
              token: organiser,
              body: agencyBody({ name: `${word} ${i}` }),
            })
          ).body.id,
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: Array<{ id: string }>; nextCursor: string | null } } =
          await api.call('GET', `agencies?q=${word}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
            token: organiser,
          });
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((a) => a.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(ids);
      const capped = await api.call('GET', 'agencies?limit=5000', { token: organiser });
      expect(capped.status).toBe(200);
      expect(capped.body.items.length).toBeLessThanOrEqual(100);
    });
  });
});
