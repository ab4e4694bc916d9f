import { randomUUID } from 'node:crypto';
import { ExchangeTestPlatform, practiceBody } from './exchange-platform.fixture';

/** Comments and endorsements through HTTP: who may write, who may read, and their 4xx answers. */
describe('discussion API', () => {
  let api: ExchangeTestPlatform;
  let A: string;
  let B: string;
  let C: string;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_discussion');
    ({ A, B, C } = api.agencies);
  });

  afterAll(async () => {
    await api?.stop();
  });

  const publish = async (overrides: Record<string, unknown> = {}) => {
    const draft = (await api.as('authorA', 'POST', 'practices', { body: practiceBody(A, overrides) })).body;
    const submitted = await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
    if (submitted.body.status === 'PUBLISHED') return submitted.body;
    return (await api.as('organiser', 'POST', `practices/${draft.id}/approve`)).body;
  };
  const events = async (practiceId: string, type: string) =>
    (
      await api.query<{ value: string }>(
        'exchange',
        `SELECT value FROM outbox WHERE message_key = $1 AND event_type = $2 ORDER BY id`,
        [practiceId, type],
      )
    ).map((row) => JSON.parse(row.value));

  describe('comments', () => {
    it('lets readers comment and reply one level deep, and lists the thread in order', async () => {
      const practice = await publish();
      const top = await api.as('memberB', 'POST', `practices/${practice.id}/comments`, {
        body: { body: 'We did this too; the hard part was the helpdesk.' },
      });
      expect(top.status).toBe(201);
      expect(top.body).toMatchObject({
        parentId: null,
        authorSub: 'member-b',
        removed: false,
        editedAt: null,
      });
      const reply = await api.as('authorA', 'POST', `practices/${practice.id}/comments`, {
        body: { body: 'How long did the helpdesk take to adapt?', parentId: top.body.id },
      });
      expect(reply.status).toBe(201);
      const tooDeep = await api.as('memberC', 'POST', `practices/${practice.id}/comments`, {
        body: { body: 'A reply to a reply', parentId: reply.body.id },
      });
      expect(tooDeep.status).toBe(422);
      expect(tooDeep.body.code).toBe('COMMENT.REPLY_TOO_DEEP');
      const orphan = await api.as('memberC', 'POST', `practices/${practice.id}/comments`, {
        body: { body: 'A reply to nothing', parentId: randomUUID() },
      });
      expect(orphan.body.code).toBe('COMMENT.PARENT_NOT_FOUND');
      const thread = await api.as('anonymous', 'GET', `practices/${practice.id}/comments`);
      expect(thread.status).toBe(404);
      const forC = await api.as('memberC', 'GET', `practices/${practice.id}/comments?limit=1`);
      expect(forC.body.items.map((c: any) => c.id)).toEqual([top.body.id]);
      const rest = await api.as(
        'memberC',
        'GET',
        `practices/${practice.id}/comments?cursor=${forC.body.nextCursor}`,
      );
      expect(rest.body).toEqual({
        items: [expect.objectContaining({ id: reply.body.id })],
        nextCursor: null,
      });
      const [posted] = await events(practice.id, 'csg.exchange.comment.posted.v1');
      expect(posted).toMatchObject({
        commentId: top.body.id,
        tlp: 'TLP:GREEN',
        ownerAgencyId: A,
        body: top.body.body,
      });
    });

    it('lets the author edit (with If-Match) and nobody else; refuses bad input; removal by author or organiser', async () => {
      const practice = await publish();
      const comment = (
        await api.as('memberB', 'POST', `practices/${practice.id}/comments`, {
          body: { body: 'First thought' },
        })
      ).body;
      const path = `practices/${practice.id}/comments/${comment.id}`;
      const edited = await api.as('memberB', 'PATCH', path, {
        body: { body: 'Second thought' },
        headers: { 'if-match': '"1"' },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ body: 'Second thought', version: 2 });
      expect(edited.body.editedAt).toEqual(expect.any(String));
      expect(edited.headers.get('etag')).toBe('"2"');
      const stale = await api.as('memberB', 'PATCH', path, {
        body: { body: 'x' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      const other = await api.as('authorA', 'PATCH', path, { body: { body: 'Not yours' } });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('COMMENT.NOT_AUTHOR');
      expect((await api.as('memberB', 'PATCH', path, { body: { body: '' } })).status).toBe(400);
      expect((await api.as('memberB', 'PATCH', path, { body: { body: 'ok', removed: true } })).status).toBe(
        400,
      );
      expect((await api.as('memberC', 'DELETE', path)).status).toBe(403);
      expect((await api.as('organiser', 'DELETE', path)).status).toBe(204);
      expect((await api.as('memberB', 'DELETE', path)).body.code).toBe('COMMENT.REMOVED');
      const thread = await api.as('memberB', 'GET', `practices/${practice.id}/comments`);
      expect(thread.body.items[0]).toMatchObject({ id: comment.id, removed: true, body: null });
      expect(
        (await api.as('memberB', 'DELETE', `practices/${practice.id}/comments/${randomUUID()}`)).status,
      ).toBe(404);
    });

    it('closes the edit window 15 minutes after posting', async () => {
      const practice = await publish();
      const comment = (
        await api.as('memberB', 'POST', `practices/${practice.id}/comments`, {
          body: { body: 'Old comment' },
        })
      ).body;
      await api.query(
        'exchange',
        `UPDATE practice_comments SET created_at = now() - interval '16 minutes' WHERE id = $1`,
        [comment.id],
      );
      const late = await api.as('memberB', 'PATCH', `practices/${practice.id}/comments/${comment.id}`, {
        body: { body: 'Too late' },
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('COMMENT.EDIT_WINDOW_CLOSED');
    });

    it('keeps a TLP:RED comment event free of content', async () => {
      const red = await publish({ tlp: 'TLP:RED', recipientSubs: ['member-b'] });
      const comment = await api.as('memberB', 'POST', `practices/${red.id}/comments`, {
        body: { body: 'Secret reply text' },
      });
      expect(comment.status).toBe(201);
      const [posted] = await events(red.id, 'csg.exchange.comment.posted.v1');
      expect(posted).toMatchObject({
        commentId: comment.body.id,
        tlp: 'TLP:RED',
        recipientSubs: ['member-b'],
      });
      expect(posted).not.toHaveProperty('body');
    });
  });

  describe('endorsements', () => {
    it('records one endorsement per agency, shows the count and agencies, and emits practice.endorsed', async () => {
      const practice = await publish();
      const endorsed = await api.as('memberB', 'POST', `practices/${practice.id}/endorsements`, {
        body: { agencyId: B, note: 'Adopted across our three offices.' },
      });
      expect(endorsed.status).toBe(201);
      expect(endorsed.body).toMatchObject({
        agencyId: B,
        endorserSub: 'member-b',
        note: 'Adopted across our three offices.',
      });
      const twice = await api.as('adminB', 'POST', `practices/${practice.id}/endorsements`, {
        body: { agencyId: B },
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ENDORSEMENT.ALREADY_ENDORSED');
      await api.as('memberC', 'POST', `practices/${practice.id}/endorsements`, { body: { agencyId: C } });
      const read = await api.as('memberC', 'GET', `practices/${practice.id}`);
      expect(read.body).toMatchObject({ endorsementCount: 2, endorsingAgencyIds: [B, C] });
      const list = await api.as('memberC', 'GET', `practices/${practice.id}/endorsements`);
      expect(list.body.items.map((e: any) => [e.agencyId, typeof e.agencyName, e.note])).toEqual([
        [B, 'string', 'Adopted across our three offices.'],
        [C, 'string', null],
      ]);
      const search = await api.as('memberC', 'GET', `practices?agencyId=${A}&facets=false&limit=100`);
      expect(search.body.items.find((p: any) => p.id === practice.id).endorsementCount).toBe(2);
      const emitted = await events(practice.id, 'csg.exchange.practice.endorsed.v1');
      expect(emitted.map((e) => [e.agencyId, e.endorsementCount])).toEqual([
        [B, 1],
        [C, 2],
      ]);
    });

    it('refuses endorsing for an agency you do not belong to (403), your own practice (422), a draft (409)', async () => {
      const practice = await publish();
      expect(
        (await api.as('memberB', 'POST', `practices/${practice.id}/endorsements`, { body: { agencyId: C } }))
          .status,
      ).toBe(403);
      const own = await api.as('adminA', 'POST', `practices/${practice.id}/endorsements`, {
        body: { agencyId: A },
      });
      expect(own.body.code).toBe('ENDORSEMENT.OWN_PRACTICE');
      const draft = (await api.as('authorA', 'POST', 'practices', { body: practiceBody(A) })).body;
      await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
      const early = await api.as('organiser', 'POST', `practices/${draft.id}/endorsements`, {
        body: { agencyId: B },
      });
      expect(early.status).toBe(403);
      expect(
        (await api.as('memberB', 'POST', `practices/${draft.id}/endorsements`, { body: { agencyId: B } }))
          .status,
      ).toBe(404);
      const unpublished = await api.as('adminA', 'POST', `practices/${draft.id}/endorsements`, {
        body: { agencyId: A },
      });
      expect(unpublished.status).toBe(409);
      expect(unpublished.body.code).toBe('ENDORSEMENT.PRACTICE_NOT_PUBLISHED');
      // The route's policy reads the agency from the body: a malformed id names none of the caller's.
      const malformed = await api.as('memberB', 'POST', `practices/${practice.id}/endorsements`, {
        body: { agencyId: 'nope' },
      });
      expect(malformed.status).toBe(403);
      const longNote = await api.as('memberB', 'POST', `practices/${practice.id}/endorsements`, {
        body: { agencyId: B, note: 'x'.repeat(2001) },
      });
      expect(longNote.status).toBe(400);
    });
  });
});
