import { ExchangeTestPlatform, practiceBody, type Person } from './exchange-platform.fixture';

type Marking = { tlp: string; sharedWithAgencyIds?: string[]; recipientSubs?: string[] };

/**
 * TLP on every exchange read path: for each marking, the readers just outside its audience see
 * nothing through get, list, search, facet counts, revisions, comments and endorsements, and the
 * readers inside see it everywhere.
 */
describe('TLP on every exchange read path', () => {
  let api: ExchangeTestPlatform;
  const tag = `tlp-suite-${Date.now()}`;

  beforeAll(async () => {
    api = await ExchangeTestPlatform.start('exchange_tlp');
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** A published practice with a comment by an insider and an endorsement by agency C or B. */
  async function published(
    marking: Marking,
    insider: Person,
    endorser?: { person: Person; agency: 'B' | 'C' },
  ) {
    const A = api.agencies.A;
    const draft = (
      await api.as('authorA', 'POST', 'practices', {
        body: practiceBody(A, {
          ...marking,
          title: `Marked practice ${marking.tlp}`,
          tags: [tag],
          sectors: ['ENERGY'],
        }),
      })
    ).body;
    const submitted = await api.as('authorA', 'POST', `practices/${draft.id}/submit`);
    if (submitted.body.status !== 'PUBLISHED')
      await api.as('organiser', 'POST', `practices/${draft.id}/approve`);
    await api.as('authorA', 'PATCH', `practices/${draft.id}`, {
      body: { summary: 'A second revision of it' },
    });
    const comment = await api.as(insider, 'POST', `practices/${draft.id}/comments`, {
      body: { body: 'Inside view' },
    });
    expect(comment.status).toBe(201);
    if (endorser) {
      if (endorser) {
        const endorsement = await api.as(endorser.person, 'POST', `practices/${draft.id}/endorsements`, {
          body: { agencyId: api.agencies[endorser.agency] },
        });
        expect(endorsement.status).toBe(201);
      }
    }
    return draft.id as string;
  }

  /** What `person` can see of the practice through each read path. */
  async function seenBy(person: Person, id: string) {
    const search = await api.as(person, 'GET', `practices?tag=${tag}&limit=100`);
    const text = await api.as(
      person,
      'GET',
      `practices?q=${encodeURIComponent('marked practice')}&tag=${tag}&limit=100`,
    );
    return {
      get: (await api.as(person, 'GET', `practices/${id}`)).status,
      revisions: (await api.as(person, 'GET', `practices/${id}/revisions`)).status,
      comments: (await api.as(person, 'GET', `practices/${id}/comments`)).status,
      endorsements: (await api.as(person, 'GET', `practices/${id}/endorsements`)).status,
      list: search.body.items.some((p: any) => p.id === id),
      search: text.body.items.some((p: any) => p.id === id),
    };
  }
  const visible = { get: 200, revisions: 200, comments: 200, endorsements: 200, list: true, search: true };
  const hidden = { get: 404, revisions: 404, comments: 404, endorsements: 404, list: false, search: false };

  it('TLP:CLEAR: everyone, even without a token', async () => {
    const id = await published({ tlp: 'TLP:CLEAR' }, 'memberC', { person: 'memberB', agency: 'B' });
    for (const person of ['anonymous', 'memberB', 'memberC', 'organiser'] as const)
      expect({ person, ...(await seenBy(person, id)) }).toEqual({ person, ...visible });
  });

  it('TLP:GREEN: members of verified agencies; not anonymous callers', async () => {
    const id = await published({ tlp: 'TLP:GREEN' }, 'memberC', { person: 'memberB', agency: 'B' });
    expect(await seenBy('memberC', id)).toEqual(visible);
    expect(await seenBy('anonymous', id)).toEqual(hidden);
  });

  it('TLP:AMBER: the owner and the agencies it names; not the agency just outside', async () => {
    const id = await published({ tlp: 'TLP:AMBER', sharedWithAgencyIds: [api.agencies.B] }, 'memberB', {
      person: 'memberB',
      agency: 'B',
    });
    expect(await seenBy('memberB', id)).toEqual(visible);
    expect(await seenBy('colleagueA', id)).toEqual(visible);
    expect(await seenBy('memberC', id)).toEqual(hidden);
    expect(await seenBy('anonymous', id)).toEqual(hidden);
  });

  it('TLP:AMBER+STRICT: the owner agency only; not the agencies outside it', async () => {
    // Nobody outside agency A reads it, so nobody may endorse it: its lists hold a comment only.
    const strict = await published({ tlp: 'TLP:AMBER+STRICT' }, 'colleagueA');
    expect(await seenBy('colleagueA', strict)).toEqual(visible);
    expect(await seenBy('memberB', strict)).toEqual(hidden);
    expect(await seenBy('memberC', strict)).toEqual(hidden);
  });

  it('TLP:RED: only its recipients and the owner agency admins and author; not colleagues, organisers or others', async () => {
    const id = await published({ tlp: 'TLP:RED', recipientSubs: ['member-b', 'member-c'] }, 'memberB', {
      person: 'memberC',
      agency: 'C',
    });
    expect(await seenBy('memberB', id)).toEqual(visible);
    expect(await seenBy('adminA', id)).toEqual(visible);
    expect(await seenBy('authorA', id)).toEqual(visible);
    for (const person of ['colleagueA', 'adminB', 'organiser', 'platformAdmin', 'anonymous'] as const)
      expect({ person, ...(await seenBy(person, id)) }).toEqual({ person, ...hidden });
  });

  it('counts facets only over what each caller may read', async () => {
    const facets = async (person: Person) =>
      (await api.as(person, 'GET', `practices?tag=${tag}&limit=1`)).body.facets as { total: number };
    const [anonymous, memberB, memberC, adminA] = await Promise.all(
      (['anonymous', 'memberB', 'memberC', 'adminA'] as const).map(facets),
    );
    expect(anonymous.total).toBe(1);
    expect(memberC.total).toBe(3);
    expect(memberB.total).toBe(4);
    expect(adminA.total).toBeGreaterThanOrEqual(5);
  });
});
