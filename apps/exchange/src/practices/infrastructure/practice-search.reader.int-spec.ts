import type { Principal } from '@csg/auth';
import { openExchangeDatabase, type ExchangeDatabase } from '../../../test/exchange-database.fixture';
import {
  AGENCY_A as A,
  AGENCY_B as B,
  AGENCY_C as C,
  person,
} from '../../../test/in-memory-exchange.fixture';
import { practiceDraft as draft } from '../../../test/practice.fixture';
import { Practice, type PracticeDraft } from '../domain/practice.aggregate';
import { heldTransaction } from '@csg/messaging';
import { TypeOrmPracticeRepository } from './practice.repository';
import { PracticeSearchReader, type PracticeFilters } from './practice-search.reader';

const authorA = person('author-a', [[A, 'member']]);
const adminA = person('admin-a', [[A, 'agency-admin']]);
const colleagueA = person('colleague-a', [[A, 'member']]);
const memberB = person('member-b', [[B, 'member']]);
const memberC = person('member-c', [[C, 'member']]);
const suspendedB = {
  ...person('suspended-b'),
  memberships: [{ agencyId: B, role: 'member', agencyStatus: 'SUSPENDED' }],
} as Principal;
const organiser = person('organiser', [], ['organiser']);
const anonymous: Principal = { kind: 'anonymous' };
const integration: Principal = {
  kind: 'integration',
  clientId: 'c',
  ownerAgencyId: null,
  eventTypes: [],
  tlpClearance: 'TLP:GREEN',
};
const READERS = {
  authorA,
  adminA,
  colleagueA,
  memberB,
  memberC,
  suspendedB,
  organiser,
  anonymous,
  integration,
};

describe('PracticeSearchReader (PostgreSQL)', () => {
  let db: ExchangeDatabase;
  const ids: Record<string, string> = {};
  const reader = () => new PracticeSearchReader(db.dataSource.manager);
  const search = async (
    principal: Principal,
    filters: PracticeFilters = {},
    sort: 'relevance' | 'recent' = 'relevance',
  ) => (await reader().search(filters, principal, sort, 100)).map((row) => row.id);
  const named = (found: string[]) => found.map((id) => Object.keys(ids).find((name) => ids[name] === id));

  /** Stores a practice, taken through submission and approval when `publish`. */
  async function store(
    name: string,
    overrides: Partial<PracticeDraft>,
    status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' = 'PUBLISHED',
  ) {
    const practice = Practice.draft(draft(overrides), authorA, new Date());
    if (status !== 'DRAFT') practice.submit(authorA, new Date());
    if (status === 'PUBLISHED' && practice.snapshot().status === 'SUBMITTED')
      practice.approve(organiser, new Date());
    await new TypeOrmPracticeRepository(heldTransaction(db.dataSource.manager)).insert(practice);
    ids[name] = practice.id;
    return practice;
  }

  beforeAll(async () => {
    db = await openExchangeDatabase('exchange_search');
    // Relevance corpus: "phishing" in the title outranks it in the summary, tags, then body.
    await store('inTitle', {
      title: 'Phishing simulation programme',
      summary: 'Monthly campaigns for all staff',
      tags: ['awareness'],
      sectors: ['HEALTH'],
      frameworkRefs: ['PR.AT-01'],
    });
    await store('inSummary', {
      title: 'Staff awareness month',
      summary: 'We ran phishing drills every week',
      tags: ['awareness', 'training'],
      sectors: ['HEALTH', 'FINANCE'],
      frameworkRefs: ['PR.AT'],
    });
    await store('inTags', {
      title: 'Email gateway hardening',
      summary: 'DMARC, SPF and DKIM at reject',
      tags: ['phishing', 'email'],
      sectors: ['FINANCE'],
      frameworkRefs: ['PR.PS-01'],
    });
    await store('inBody', {
      title: 'Incident playbooks',
      summary: 'Playbooks for the top five incidents',
      body: 'One playbook covers a phishing report from a user.',
      tags: ['incident-response'],
      sectors: ['ENERGY'],
      frameworkRefs: ['RS.MA-01'],
    });
    // Marking corpus: every one matches "ransomware".
    const ransomware = {
      title: 'Ransomware recovery drill',
      summary: 'Restoring from offline backups',
      tags: ['backup'],
    };
    await store('clear', {
      ...ransomware,
      tlp: 'TLP:CLEAR',
      sectors: ['TELECOM'],
      frameworkRefs: ['RC.RP-01'],
    });
    await store('amberForB', {
      ...ransomware,
      tlp: 'TLP:AMBER',
      sharedWithAgencyIds: [B],
      sectors: ['TELECOM'],
    });
    await store('strict', { ...ransomware, tlp: 'TLP:AMBER+STRICT', sectors: ['DEFENCE'] });
    await store('redForB', {
      ...ransomware,
      tlp: 'TLP:RED',
      recipientSubs: ['member-b'],
      sectors: ['DEFENCE'],
    });
    await store('draftGreen', { ...ransomware }, 'DRAFT');
    await store('submittedGreen', { ...ransomware }, 'SUBMITTED');
    const widening = await store('wideningStrict', { ...ransomware, tlp: 'TLP:AMBER+STRICT' });
    widening.revise({ tlp: 'TLP:GREEN' }, authorA, new Date());
    await db.dataSource.manager.query(
      `UPDATE practices SET pending_tlp = 'TLP:GREEN', version = version + 1 WHERE id = $1`,
      [widening.id],
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('orders matches by weight: title, then summary, then tags, then body', async () => {
    expect(named(await search(memberB, { q: 'phishing' }))).toEqual([
      'inTitle',
      'inSummary',
      'inTags',
      'inBody',
    ]);
  });

  it('understands web-search syntax: quoted phrases, or, and -excluded words', async () => {
    expect(named(await search(memberB, { q: '"phishing simulation"' }))).toEqual(['inTitle']);
    expect(named(await search(memberB, { q: 'phishing -playbook' })).sort()).toEqual([
      'inSummary',
      'inTags',
      'inTitle',
    ]);
    expect(named(await search(memberB, { q: 'dmarc or simulation' })).sort()).toEqual(['inTags', 'inTitle']);
  });

  it('pages by relevance with a keyset cursor, without gaps or repeats', async () => {
    const all = await reader().search({ q: 'phishing' }, memberB, 'relevance', 100);
    const first = await reader().search({ q: 'phishing' }, memberB, 'relevance', 2);
    const rest = await reader().search({ q: 'phishing' }, memberB, 'relevance', 100, [
      first[1].rank!,
      first[1].id,
    ]);
    expect([...first, ...rest].map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it('filters by marking inside the query: each reader finds exactly what the TLP rule lets them read', async () => {
    const found = async (principal: Principal, status?: string) =>
      named(await search(principal, { q: 'ransomware', ...(status ? { status } : {}) })).sort();
    expect(await found(anonymous)).toEqual(['clear']);
    expect(await found(integration)).toEqual(['clear']);
    expect(await found(memberC)).toEqual(['clear']);
    expect(await found(suspendedB)).toEqual(['clear']);
    expect(await found(memberB)).toEqual(['amberForB', 'clear', 'redForB']);
    expect(await found(colleagueA)).toEqual(['amberForB', 'clear', 'strict', 'wideningStrict']);
    expect(await found(adminA)).toEqual(['amberForB', 'clear', 'redForB', 'strict', 'wideningStrict']);
    expect(await found(organiser)).toEqual(['amberForB', 'clear', 'strict', 'wideningStrict']);
    expect(await found(organiser, 'SUBMITTED')).toEqual(['submittedGreen']);
    expect(await found(memberB, 'SUBMITTED')).toEqual([]);
    expect(await found(colleagueA, 'DRAFT')).toEqual(['draftGreen']);
    expect(await found(memberB, 'DRAFT')).toEqual([]);
  });

  it('agrees with the domain read rule for every reader and every practice', async () => {
    const repo = new TypeOrmPracticeRepository(heldTransaction(db.dataSource.manager));
    for (const [readerName, principal] of Object.entries(READERS)) {
      for (const [name, id] of Object.entries(ids)) {
        const practice = (await repo.findById(id))!;
        const inSql = await reader().readable(id, principal);
        expect({ readerName, name, readable: inSql }).toEqual({
          readerName,
          name,
          readable: practice.isReadableBy(principal),
        });
      }
    }
  });

  it('filters by tag, sector, framework (function, category, subcategory), agency and marking', async () => {
    expect(named(await search(memberB, { tag: 'Awareness' })).sort()).toEqual(['inSummary', 'inTitle']);
    expect(named(await search(memberB, { sector: 'FINANCE' })).sort()).toEqual(['inSummary', 'inTags']);
    expect(named(await search(memberB, { framework: 'PR' })).sort()).toEqual([
      'inSummary',
      'inTags',
      'inTitle',
    ]);
    expect(named(await search(memberB, { framework: 'PR.AT' })).sort()).toEqual(['inSummary', 'inTitle']);
    expect(named(await search(memberB, { framework: 'PR.AT-01' })).sort()).toEqual(['inSummary', 'inTitle']);
    expect(await search(memberB, { framework: 'XX.YY' })).toEqual([]);
    expect(await search(memberB, { agencyId: B })).toEqual([]);
    expect(named(await search(memberB, { tlp: 'TLP:RED' }))).toEqual(['redForB']);
  });

  it('counts facets over the whole visible set, never what the caller may not read', async () => {
    const forB = await reader().facets({ q: 'ransomware' }, memberB);
    expect(forB.total).toBe(3);
    expect(forB.sectors).toEqual([
      { value: 'TELECOM', count: 2 },
      { value: 'DEFENCE', count: 1 },
    ]);
    expect(forB.tags).toEqual([{ value: 'backup', count: 3 }]);
    expect(forB.frameworkFunctions).toEqual([{ value: 'RC', count: 1 }]);
    const forC = await reader().facets({ q: 'ransomware' }, memberC);
    expect(forC).toMatchObject({ total: 1, sectors: [{ value: 'TELECOM', count: 1 }] });
    const all = await reader().facets({}, memberB);
    expect(all.frameworkFunctions).toEqual([
      { value: 'PR', count: 3 },
      { value: 'RC', count: 1 },
      { value: 'RS', count: 1 },
    ]);
  });

  it('lists the most recently changed first when sorted by recent', async () => {
    const rows = await reader().search({}, memberB, 'recent', 100);
    const times = rows.map((r) => new Date(r.updatedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('serves a text query from the GIN index over the stored tsvector', async () => {
    await db.dataSource.query('SET enable_seqscan = off');
    const plan: Array<{ 'QUERY PLAN': string }> = await db.dataSource.query(
      `EXPLAIN SELECT id FROM practices p WHERE p.search @@ websearch_to_tsquery('english', 'phishing')`,
    );
    await db.dataSource.query('RESET enable_seqscan');
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('practices_search_idx');
  });
});
