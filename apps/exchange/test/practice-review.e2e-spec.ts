import { ExchangeTestPlatform, practiceBody, type Person } from './exchange-platform.fixture';

/**
 * Four eyes and pending revisions through HTTP (ADRs 55, 56): nobody reviews what they wrote, revised
 * or submitted; an edit of a published practice waits for review while readers, lists and search
 * keep the published revision.
 */
describe('practice review: four eyes and pending revisions', () => {
  let api: ExchangeTestPlatform;
  let A: string;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_review');
    ({ A } = api.agencies);
  });

  afterAll(async () => {
    await api?.stop();
  });

  const create = (overrides: Record<string, unknown> = {}, person: Person = 'authorA') =>
    api.as(person, 'POST', 'practices', { body: practiceBody(A, overrides) });
  /** Drafted and submitted by `writer`, approved by the organiser from outside the agency. */
  const publish = async (overrides: Record<string, unknown> = {}, writer: Person = 'authorA') => {
    const draft = (await create(overrides, writer)).body;
    await api.as(writer, 'POST', `practices/${draft.id}/submit`);
    const approved = await api.as('organiser', 'POST', `practices/${draft.id}/approve`);
    expect(approved.status).toBe(200);
    return approved.body;
  };
  const outbox = async (practiceId: string) =>
    (
      await api.query<{ event_type: string; value: string }>(
        'exchange',
        `SELECT event_type, value FROM outbox WHERE message_key = $1 ORDER BY id`,
        [practiceId],
      )
    ).map((row) => ({ type: row.event_type, data: JSON.parse(row.value), raw: row.value }));
  const row = async (id: string) =>
    (await api.query('exchange', `SELECT * FROM practices WHERE id = $1`, [id]))[0];
  const searchIds = async (person: Person, q: string) =>
    (await api.as(person, 'GET', `practices?q=${encodeURIComponent(q)}&facets=false`)).body.items.map(
      (p: { id: string }) => p.id,
    );
  /** The review queue as `person` lists it. */
  const queue = async (person: Person) =>
    (await api.as(person, 'GET', 'practices?awaitingReview=true&facets=false&limit=100')).body.items.map(
      (p: { id: string }) => p.id,
    );
  const revisionsOf = async (person: Person, id: string) =>
    (await api.as(person, 'GET', `practices/${id}/revisions`)).body.items.map(
      (r: { number: number; kind: string; proposal: boolean; pending: boolean }) => [
        r.number,
        r.kind,
        r.proposal,
        r.pending,
      ],
    );

  describe('four eyes', () => {
    it('refuses an organiser who wrote and submitted their agency practice (403, nothing changes); a colleague organiser approves it', async () => {
      const draft = (await create({ title: 'The CERT reviews its own MFA rollout' }, 'organiserA')).body;
      expect((await api.as('organiserA', 'POST', `practices/${draft.id}/submit`)).status).toBe(200);
      const before = await row(draft.id);

      const own = await api.as('organiserA', 'POST', `practices/${draft.id}/approve`);
      expect(own.status).toBe(403);
      expect(own.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(own.body.code).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
      const ownReject = await api.as('organiserA', 'POST', `practices/${draft.id}/reject`, {
        body: { reason: 'I would rather not publish it' },
      });
      expect(ownReject.status).toBe(403);
      expect(ownReject.body.code).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
      expect(await row(draft.id)).toEqual(before);
      expect((await outbox(draft.id)).map((e) => e.type)).toEqual(['csg.exchange.practice.submitted.v1']);

      const colleague = await api.as('colleagueOrganiserA', 'POST', `practices/${draft.id}/approve`);
      expect(colleague.status).toBe(200);
      expect(colleague.body.status).toBe('PUBLISHED');
    });

    it('refuses an organiser who only submitted or only revised the practice', async () => {
      const submittedByThem = (await create()).body;
      await api.as('organiserA', 'POST', `practices/${submittedByThem.id}/submit`);
      expect((await api.as('organiserA', 'POST', `practices/${submittedByThem.id}/approve`)).body.code).toBe(
        'PRACTICE.REVIEWER_IS_AN_AUTHOR',
      );

      const revisedByThem = (await create()).body;
      await api.as('organiserA', 'PATCH', `practices/${revisedByThem.id}`, {
        body: { summary: 'The organiser tightened the summary' },
      });
      await api.as('authorA', 'POST', `practices/${revisedByThem.id}/submit`);
      expect((await api.as('organiserA', 'POST', `practices/${revisedByThem.id}/approve`)).status).toBe(403);
      expect((await api.as('organiser', 'POST', `practices/${revisedByThem.id}/approve`)).status).toBe(200);
    });

    it('refuses an organiser the approval of a widening they asked for; another organiser approves it', async () => {
      const practice = await publish({ tlp: 'TLP:AMBER+STRICT' });
      const widened = await api.as('organiserA', 'PATCH', `practices/${practice.id}`, {
        body: { tlp: 'TLP:GREEN' },
      });
      expect(widened.body).toMatchObject({ tlp: 'TLP:AMBER+STRICT', pendingTlp: 'TLP:GREEN' });
      const own = await api.as('organiserA', 'POST', `practices/${practice.id}/approve`);
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('PRACTICE.REVIEWER_IS_AN_AUTHOR');
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(404);
      const approved = await api.as('colleagueOrganiserA', 'POST', `practices/${practice.id}/approve`);
      expect(approved.body).toMatchObject({ tlp: 'TLP:GREEN', pendingTlp: null });
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).status).toBe(200);
    });

    it('says so in OpenAPI: approve and reject name the 403 and its code', async () => {
      const document = (await (await fetch(`${api.baseUrl}/api/docs/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { responses: object; description?: string }>>;
      };
      for (const action of ['approve', 'reject']) {
        const operation = document.paths[`/api/v1/practices/{id}/${action}`].post;
        expect(operation.responses).toHaveProperty('403');
        expect(operation.description).toContain('PRACTICE.REVIEWER_IS_AN_AUTHOR');
      }
    });
  });

  describe('pending revisions of a published practice', () => {
    it('keeps readers, lists and search on the published revision until an organiser approves the edit', async () => {
      const practice = await publish({
        title: 'Quokka segmentation of the payroll network',
        body: 'Quokka steps: one VLAN per payroll office.',
      });
      const edited = await api.as('authorA', 'PATCH', `practices/${practice.id}`, {
        body: { title: 'Wombat segmentation of the payroll network', body: 'Wombat steps: zero trust.' },
        headers: { 'if-match': `"${practice.version}"` },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        status: 'PUBLISHED',
        title: 'Quokka segmentation of the payroll network',
        version: practice.version + 1,
        pendingRevision: {
          number: 2,
          status: 'DRAFT',
          title: 'Wombat segmentation of the payroll network',
          body: 'Wombat steps: zero trust.',
        },
      });

      // Readers (and the search index) keep the published revision.
      const read = await api.as('memberB', 'GET', `practices/${practice.id}`);
      expect(read.body).toMatchObject({
        title: 'Quokka segmentation of the payroll network',
        body: 'Quokka steps: one VLAN per payroll office.',
      });
      expect(read.body).not.toHaveProperty('pendingRevision');
      expect(await searchIds('memberB', 'wombat')).toEqual([]);
      expect(await searchIds('authorA', 'wombat')).toEqual([]);
      expect(await searchIds('memberB', 'quokka')).toEqual([practice.id]);
      const revised = (await outbox(practice.id)).at(-1)!;
      expect(revised.type).toBe('csg.exchange.practice.revised.v1');
      expect(revised.data).toMatchObject({
        pendingRevision: true,
        publishedRevisionNumber: 1,
        revisionNumber: 2,
        title: 'Quokka segmentation of the payroll network',
      });
      expect(revised.raw).not.toContain('Wombat');

      // The revision list: both for the agency, the published history only for readers.
      expect(await revisionsOf('colleagueA', practice.id)).toEqual([
        [1, 'CREATED', false, false],
        [2, 'REVISED', true, true],
      ]);
      expect(await revisionsOf('memberB', practice.id)).toEqual([[1, 'CREATED', false, false]]);
      expect(await revisionsOf('organiser', practice.id)).toEqual([[1, 'CREATED', false, false]]);
      expect((await api.as('organiser', 'POST', `practices/${practice.id}/approve`)).body.code).toBe(
        'PRACTICE.NOT_UNDER_REVIEW',
      );

      const submitted = await api.as('colleagueA', 'POST', `practices/${practice.id}/submit`);
      expect(submitted.body).toMatchObject({ status: 'PUBLISHED', pendingRevision: { status: 'SUBMITTED' } });
      expect((await outbox(practice.id)).at(-1)!.data).toMatchObject({
        pendingRevision: true,
        revisionNumber: 2,
      });
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).body.title).toBe(
        'Quokka segmentation of the payroll network',
      );
      expect(await revisionsOf('organiser', practice.id)).toEqual([
        [1, 'CREATED', false, false],
        [2, 'REVISED', true, true],
      ]);
      expect(
        (await api.as('organiser', 'GET', `practices/${practice.id}`)).body.pendingRevision,
      ).toMatchObject({
        number: 2,
        status: 'SUBMITTED',
        title: 'Wombat segmentation of the payroll network',
      });
      expect(await searchIds('memberB', 'wombat')).toEqual([]);
      expect(await queue('organiser')).toContain(practice.id);
      expect(await queue('memberB')).not.toContain(practice.id);

      const approved = await api.as('organiser', 'POST', `practices/${practice.id}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        title: 'Wombat segmentation of the payroll network',
        body: 'Wombat steps: zero trust.',
      });
      expect(approved.body).not.toHaveProperty('pendingRevision');
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).body.title).toBe(
        'Wombat segmentation of the payroll network',
      );
      expect(await searchIds('memberB', 'wombat')).toEqual([practice.id]);
      expect(await searchIds('memberB', 'quokka')).toEqual([]);
      expect(await revisionsOf('memberB', practice.id)).toEqual([
        [1, 'CREATED', false, false],
        [3, 'REVISION_PUBLISHED', false, false],
      ]);
      expect(await revisionsOf('authorA', practice.id)).toEqual([
        [1, 'CREATED', false, false],
        [2, 'REVISED', true, false],
        [3, 'REVISION_PUBLISHED', false, false],
      ]);
      expect(await queue('organiser')).not.toContain(practice.id);
      const published = (await outbox(practice.id)).at(-1)!;
      expect(published.type).toBe('csg.exchange.practice.published.v1');
      expect(published.data).toMatchObject({
        title: 'Wombat segmentation of the payroll network',
        publishedRevisionNumber: 3,
        replacesRevisionNumber: 1,
      });
    });

    it('sends a rejected pending revision back to its agency while readers keep the published one', async () => {
      const practice = await publish({ title: 'Numbat backup drills' });
      await api.as('authorA', 'PATCH', `practices/${practice.id}`, {
        body: { title: 'Bilby backup drills' },
      });
      await api.as('authorA', 'POST', `practices/${practice.id}/submit`);
      const rejected = await api.as('organiser', 'POST', `practices/${practice.id}/reject`, {
        body: { reason: 'Say what the drills found.' },
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'PUBLISHED',
        title: 'Numbat backup drills',
        rejectionReason: null,
      });
      expect((await api.as('authorA', 'GET', `practices/${practice.id}`)).body.pendingRevision).toMatchObject(
        {
          status: 'REJECTED',
          rejectionReason: 'Say what the drills found.',
          title: 'Bilby backup drills',
        },
      );
      const read = await api.as('memberB', 'GET', `practices/${practice.id}`);
      expect(read.body.title).toBe('Numbat backup drills');
      expect(read.body).not.toHaveProperty('pendingRevision');
      expect((await outbox(practice.id)).at(-1)!.data).toMatchObject({
        scope: 'SUBMISSION',
        pendingRevision: true,
        revisionNumber: 2,
        reason: 'Say what the drills found.',
      });
      expect((await api.as('organiser', 'POST', `practices/${practice.id}/approve`)).status).toBe(409);
      expect((await api.as('authorA', 'POST', `practices/${practice.id}/submit`)).body.code).toBe(
        'PRACTICE.NOT_SUBMITTABLE',
      );
    });

    it('refuses the reviewer who proposed the edit, as for a submission', async () => {
      const practice = await publish();
      await api.as('organiserA', 'PATCH', `practices/${practice.id}`, {
        body: { body: 'Steps the organiser wrote' },
      });
      await api.as('authorA', 'POST', `practices/${practice.id}/submit`);
      expect((await api.as('organiserA', 'POST', `practices/${practice.id}/approve`)).body.code).toBe(
        'PRACTICE.REVIEWER_IS_AN_AUTHOR',
      );
      expect((await api.as('memberB', 'GET', `practices/${practice.id}`)).body.body).toBe(practice.body);
      expect(
        (await api.as('colleagueOrganiserA', 'POST', `practices/${practice.id}/approve`)).body.body,
      ).toBe('Steps the organiser wrote');
    });
  });
});
