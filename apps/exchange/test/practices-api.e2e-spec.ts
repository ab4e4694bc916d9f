import { randomUUID } from 'node:crypto';
import { ExchangeTestPlatform, practiceBody, type Person } from './exchange-platform.fixture';

/** The practice lifecycle through HTTP on the embedded platform, with its 4xx answers. */
describe('practices API', () => {
  let api: ExchangeTestPlatform;
  let A: string;
  let B: string;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_practices');
    ({ A, B } = api.agencies);
  });

  afterAll(async () => {
    await api?.stop();
  });

  const create = (overrides: Record<string, unknown> = {}, person: Person = 'authorA') =>
    api.as(person, 'POST', 'practices', { body: practiceBody(A, overrides) });
  const publish = async (overrides: Record<string, unknown> = {}) => {
    const draft = (await create(overrides)).body;
    const submitted = await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
    if (submitted.body.status === 'PUBLISHED') return submitted.body;
    return (await api.as('organiser', 'POST', `practices/${draft.id}/approve`)).body;
  };
  const outbox = (practiceId: string) =>
    api.query<{ event_type: string; value: string }>(
      'exchange',
      `SELECT event_type, value FROM outbox WHERE message_key = $1 ORDER BY id`,
      [practiceId],
    );

  describe('drafting', () => {
    it('creates a draft for a member of the agency: 201 with ETag, Location and revision 1', async () => {
      const created = await create();
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        agencyId: A,
        authorSub: 'author-a',
        status: 'DRAFT',
        version: 1,
        revisionCount: 1,
        tags: ['identity', 'mfa'],
        frameworkRefs: ['PR.AA', 'PR.AA-03'],
        tlp: 'TLP:GREEN',
        pendingTlp: null,
        endorsementCount: 0,
        endorsingAgencyIds: [],
      });
      expect(created.headers.get('etag')).toBe('"1"');
      expect(created.headers.get('location')).toBe(`/api/v1/practices/${created.body.id}`);
      expect(await outbox(created.body.id)).toEqual([]);
    });

    it('answers a retry with the same Idempotency-Key with the first response', async () => {
      const key = randomUUID();
      const body = practiceBody(A, { title: 'Idempotent practice' });
      const first = await api.as('authorA', 'POST', 'practices', {
        body,
        headers: { 'idempotency-key': key },
      });
      const again = await api.as('authorA', 'POST', 'practices', {
        body,
        headers: { 'idempotency-key': key },
      });
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    });

    it('refuses bad input with a problem listing each field, and changes nothing', async () => {
      const before = await api.query('exchange', 'SELECT count(*)::int AS n FROM practices');
      const bad = await create({
        frameworkRefs: ['PR.AA-99', 'PR'],
        tlp: 'TLP:PINK',
        sectors: ['SPACE'],
        extra: 1,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        ['extra', 'frameworkRefs', 'sectors', 'tlp'].sort(),
      );
      const tooBig = await create({ body: 'x'.repeat(70_000) });
      expect(tooBig.status).toBe(400);
      expect(await api.query('exchange', 'SELECT count(*)::int AS n FROM practices')).toEqual(before);
    });

    it('refuses an audience that does not fit the marking (422) and a RED practice without recipients', async () => {
      expect((await create({ sharedWithAgencyIds: [B] })).body.code).toBe('PRACTICE.AUDIENCE_MISMATCH');
      expect((await create({ tlp: 'TLP:RED' })).body).toMatchObject({
        status: 422,
        code: 'PRACTICE.RED_NEEDS_RECIPIENTS',
      });
      expect((await create({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [A] })).body.code).toBe(
        'PRACTICE.SHARED_WITH_OWNER',
      );
    });

    it('lets only members of the agency draft for it: 401 anonymous, 403 another agency', async () => {
      expect((await create({}, 'anonymous')).status).toBe(401);
      expect((await create({}, 'memberB')).status).toBe(403);
      expect((await create({}, 'organiser')).status).toBe(403);
    });

    it('keeps a draft inside its agency: others get 404', async () => {
      const draft = (await create()).body;
      expect((await api.as('colleagueA', 'GET', `practices/${draft.id}`)).status).toBe(200);
      for (const person of ['memberB', 'organiser', 'anonymous'] as const) {
        expect((await api.as(person, 'GET', `practices/${draft.id}`)).status).toBe(404);
      }
      expect((await api.as('authorA', 'GET', `practices/${randomUUID()}`)).status).toBe(404);
      expect((await api.as('authorA', 'GET', 'practices/not-a-uuid')).status).toBe(404);
    });
  });

  describe('review', () => {
    it('submits, lets an organiser read and approve, and publishes with events that carry the marking', async () => {
      const sessionId = await api.knownSession();
      const draft = (await create({ sessionId })).body;
      expect(draft.sessionId).toBe(sessionId);
      const submitted = await api.as('colleagueA', 'POST', `practices/${draft.id}/submit`, {
        headers: { 'if-match': '"1"' },
      });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'SUBMITTED', version: 2 });
      expect((await api.as('memberB', 'GET', `practices/${draft.id}`)).status).toBe(404);
      expect((await api.as('organiser', 'GET', `practices/${draft.id}`)).status).toBe(200);
      expect((await api.as('adminA', 'POST', `practices/${draft.id}/approve`)).status).toBe(403);
      const approved = await api.as('platformAdmin', 'POST', `practices/${draft.id}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'PUBLISHED', version: 3 });
      expect(approved.body.publishedAt).toEqual(expect.any(String));
      expect((await api.as('memberB', 'GET', `practices/${draft.id}`)).status).toBe(200);
      const again = await api.as('organiser', 'POST', `practices/${draft.id}/approve`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PRACTICE.NOT_UNDER_REVIEW');
      const events = await outbox(draft.id);
      expect(events.map((e) => e.event_type)).toEqual([
        'csg.exchange.practice.submitted.v1',
        'csg.exchange.practice.published.v1',
      ]);
      expect(JSON.parse(events[1].value)).toMatchObject({
        practiceId: draft.id,
        ownerAgencyId: A,
        tlp: 'TLP:GREEN',
        sharedWithAgencyIds: [],
        frameworkRefs: ['PR.AA', 'PR.AA-03'],
        sessionId,
        title: draft.title,
      });
    });

    it('rejects with a reason; a revision takes it back to draft; bad reasons are 400', async () => {
      const draft = (await create()).body;
      await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
      expect((await api.as('organiser', 'POST', `practices/${draft.id}/reject`, { body: {} })).status).toBe(
        400,
      );
      const rejected = await api.as('organiser', 'POST', `practices/${draft.id}/reject`, {
        body: { reason: 'Please add the rollout costs.' },
      });
      expect(rejected.body).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'Please add the rollout costs.',
      });
      const revised = await api.as('authorA', 'PATCH', `practices/${draft.id}`, {
        body: { body: 'Now with the costs: 40 USD per key.' },
      });
      expect(revised.body).toMatchObject({ status: 'DRAFT', rejectionReason: null, revisionCount: 2 });
      const types = (await outbox(draft.id)).map((e) => e.event_type);
      expect(types).toEqual(['csg.exchange.practice.submitted.v1', 'csg.exchange.practice.rejected.v1']);
    });

    it('publishes a TLP:RED practice to its recipients on submission, without review, with ids only in its event', async () => {
      const red = await publish({
        tlp: 'TLP:RED',
        recipientSubs: ['member-b'],
        title: 'Red secret practice',
      });
      expect(red).toMatchObject({ status: 'PUBLISHED', tlp: 'TLP:RED', recipientSubs: ['member-b'] });
      expect((await api.as('memberB', 'GET', `practices/${red.id}`)).status).toBe(200);
      expect((await api.as('authorA', 'GET', `practices/${red.id}`)).status).toBe(200);
      expect((await api.as('adminA', 'GET', `practices/${red.id}`)).status).toBe(200);
      for (const person of ['colleagueA', 'adminB', 'organiser', 'platformAdmin', 'anonymous'] as const) {
        expect((await api.as(person, 'GET', `practices/${red.id}`)).status).toBe(404);
      }
      const [published] = await outbox(red.id);
      expect(published.event_type).toBe('csg.exchange.practice.published.v1');
      expect(published.value).not.toContain('Red secret practice');
      expect(JSON.parse(published.value)).toMatchObject({ tlp: 'TLP:RED', recipientSubs: ['member-b'] });
    });
  });

  describe('revisions and markings', () => {
    it('revises a published practice: it stays published, a pending revision, practice.revised; 412 on a stale If-Match', async () => {
      const practice = await publish();
      const revised = await api.as('colleagueA', 'PATCH', `practices/${practice.id}`, {
        body: { title: 'Phishing-resistant MFA, a year on' },
        headers: { 'if-match': `"${practice.version}"` },
      });
      expect(revised.status).toBe(200);
      expect(revised.body).toMatchObject({
        status: 'PUBLISHED',
        version: practice.version + 1,
        title: practice.title,
        pendingRevision: { number: 2, status: 'DRAFT', title: 'Phishing-resistant MFA, a year on' },
      });
      expect(revised.headers.get('etag')).toBe(`"${practice.version + 1}"`);
      const stale = await api.as('colleagueA', 'PATCH', `practices/${practice.id}`, {
        body: { title: 'Lost update' },
        headers: { 'if-match': `"${practice.version}"` },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRACTICE.VERSION_MISMATCH');
      // The agency sees the pending revision in the list; readers only what is published (ADR 56).
      const revisions = await api.as('authorA', 'GET', `practices/${practice.id}/revisions`);
      expect(revisions.status).toBe(200);
      expect(
        revisions.body.items.map((r: any) => [r.number, r.kind, r.authorSub, r.changedFields, r.pending]),
      ).toEqual([
        [
          1,
          'CREATED',
          'author-a',
          ['title', 'summary', 'body', 'tags', 'sectors', 'frameworkRefs', 'marking'],
          false,
        ],
        [2, 'REVISED', 'colleague-a', ['title'], true],
      ]);
      expect(revisions.body.items[1].title).toBe('Phishing-resistant MFA, a year on');
      const paged = await api.as('authorA', 'GET', `practices/${practice.id}/revisions?limit=1`);
      expect(paged.body.items).toHaveLength(1);
      const next = await api.as(
        'authorA',
        'GET',
        `practices/${practice.id}/revisions?cursor=${paged.body.nextCursor}`,
      );
      expect(next.body).toEqual({ items: [revisions.body.items[1]], nextCursor: null });
      const forReaders = await api.as('memberB', 'GET', `practices/${practice.id}/revisions`);
      expect(forReaders.body).toEqual({ items: [revisions.body.items[0]], nextCursor: null });
      expect((await outbox(practice.id)).map((e) => e.event_type)).toContain(
        'csg.exchange.practice.revised.v1',
      );
    });

    it('refuses changes from readers outside the agency (403) and from strangers (404)', async () => {
      const practice = await publish();
      const outsider = await api.as('memberB', 'PATCH', `practices/${practice.id}`, {
        body: { title: 'Mine now' },
      });
      expect(outsider.status).toBe(403);
      expect(outsider.body.code).toBe('PRACTICE.NOT_OWNER');
      const strict = await publish({ tlp: 'TLP:AMBER+STRICT' });
      expect((await api.as('memberB', 'POST', `practices/${strict.id}/withdraw`)).status).toBe(404);
      expect(
        (await api.as('anonymous', 'PATCH', `practices/${practice.id}`, { body: { title: 'x' } })).status,
      ).toBe(401);
    });

    it('raises a marking at once on every read path; a widening waits for an organiser', async () => {
      const practice = await publish({ title: 'Raising marking practice' });
      const raised = await api.as('authorA', 'PATCH', `practices/${practice.id}`, {
        body: { tlp: 'TLP:AMBER+STRICT' },
      });
      expect(raised.body).toMatchObject({ tlp: 'TLP:AMBER+STRICT', pendingTlp: null });
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(404);
      const search = await api.as('memberB', 'GET', `practices?q=${encodeURIComponent('"raising marking"')}`);
      expect(search.body.items).toEqual([]);
      expect(search.body.facets.total).toBe(0);

      const widened = await api.as('authorA', 'PATCH', `practices/${practice.id}`, {
        body: { tlp: 'TLP:GREEN' },
      });
      expect(widened.body).toMatchObject({ tlp: 'TLP:AMBER+STRICT', pendingTlp: 'TLP:GREEN' });
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(404);
      const approved = await api.as('organiser', 'POST', `practices/${practice.id}/approve`);
      expect(approved.body).toMatchObject({ tlp: 'TLP:GREEN', pendingTlp: null });
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(200);
      const revisions = (await api.as('memberB', 'GET', `practices/${practice.id}/revisions`)).body.items;
      expect(revisions.map((r: any) => [r.kind, r.tlp, r.pendingTlp])).toEqual([
        ['CREATED', 'TLP:GREEN', null],
        ['REVISED', 'TLP:AMBER+STRICT', null],
        ['REVISED', 'TLP:AMBER+STRICT', 'TLP:GREEN'],
        ['MARKING_APPROVED', 'TLP:GREEN', null],
      ]);
    });

    it('withdraws a practice: it leaves the exchange, its agency still reads it, a second withdrawal is 409', async () => {
      const practice = await publish();
      const withdrawn = await api.as('adminA', 'POST', `practices/${practice.id}/withdraw`);
      expect(withdrawn.body.status).toBe('WITHDRAWN');
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(404);
      expect((await api.as('colleagueA', 'GET', `practices/${practice.id}`)).status).toBe(200);
      expect((await api.as('adminA', 'POST', `practices/${practice.id}/withdraw`)).body.code).toBe(
        'PRACTICE.ALREADY_WITHDRAWN',
      );
      expect((await outbox(practice.id)).map((e) => e.event_type)).toContain(
        'csg.exchange.practice.withdrawn.v1',
      );
    });
  });

  describe('search', () => {
    it('finds by web-search syntax with facets for the caller, pages with a cursor and refuses a bad one', async () => {
      const tag = `search-${Date.now()}`;
      for (const title of [
        'Zero trust segmentation',
        'Zero trust for remote access',
        'Backup restore drills',
      ]) {
        await publish({ title, tags: [tag], sectors: ['FINANCE'], frameworkRefs: ['PR.IR-01'] });
      }
      const found = await api.as(
        'memberB',
        'GET',
        `practices?q=${encodeURIComponent('"zero trust"')}&tag=${tag}&limit=1`,
      );
      expect(found.status).toBe(200);
      expect(found.body.items).toHaveLength(1);
      expect(found.body.items[0]).not.toHaveProperty('body');
      expect(found.body.facets).toMatchObject({
        total: 2,
        sectors: [{ value: 'FINANCE', count: 2 }],
        tags: [{ value: tag, count: 2 }],
        frameworkFunctions: [{ value: 'PR', count: 2 }],
      });
      const next = await api.as(
        'memberB',
        'GET',
        `practices?q=${encodeURIComponent('"zero trust"')}&tag=${tag}&limit=1&cursor=${found.body.nextCursor}`,
      );
      expect(next.body.items).toHaveLength(1);
      expect(next.body.items[0].id).not.toBe(found.body.items[0].id);
      expect(next.body).not.toHaveProperty('facets');
      const recent = await api.as('anonymous', 'GET', `practices?tag=${tag}&sort=recent`);
      expect(recent.body.items).toEqual([]);
      expect((await api.as('memberB', 'GET', 'practices?cursor=bm90IGEgY3Vyc29y')).status).toBe(400);
      expect((await api.as('memberB', 'GET', 'practices?framework=nope')).status).toBe(400);
      expect((await api.as('memberB', 'GET', 'practices?colour=red')).status).toBe(400);
      const recentCursor = Buffer.from(JSON.stringify(['not a time', randomUUID()])).toString('base64url');
      expect((await api.as('memberB', 'GET', `practices?cursor=${recentCursor}`)).status).toBe(400);
    });

    it('lists an organiser the review queue with status=SUBMITTED', async () => {
      const draft = (await create({ title: 'Queued for review' })).body;
      await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
      const queue = await api.as('organiser', 'GET', 'practices?status=SUBMITTED&facets=false');
      expect(queue.body.items.map((p: any) => p.id)).toContain(draft.id);
      expect(queue.body).not.toHaveProperty('facets');
      const notForB = await api.as('memberB', 'GET', 'practices?status=SUBMITTED');
      expect(notForB.body.items).toEqual([]);
    });
  });
});
