import type { EntityManager } from 'typeorm';
import { heldTransaction } from '@csg/messaging';
import { waitFor } from '@csg/testing/wait-for';
import { openAgenciesDatabase, type AgenciesDatabase } from '../../../test/agencies-database.fixture';
import { Agency, type AgencyDetails } from '../domain/agency.aggregate';
import { AgencyRuleViolation } from '../domain/agency.errors';
import type { Viewer } from '../domain/agency-visibility.rule';
import { SqlAgencyHierarchy } from './agency-hierarchy.reader';
import { AgencyListReader } from './agency-list.reader';
import { TypeOrmAgencyRepository } from './agency.repository';

const agenciesIn = (manager: EntityManager) => new TypeOrmAgencyRepository(heldTransaction(manager));

let n = 0;
const details = (overrides: Partial<AgencyDetails> = {}): AgencyDetails => ({
  name: `Agency ${++n}`,
  acronym: `AG${n}`,
  tier: 'FEDERAL',
  sector: 'OTHER',
  contactEmail: 'soc@example.gov',
  ...overrides,
});
const codeOf = (error: unknown) => (error instanceof AgencyRuleViolation ? error.code : String(error));
const OPERATOR: Viewer = { operatesPlatform: true, sub: 'org', memberOf: [] };

describe('AgencyRepository and readers (PostgreSQL)', () => {
  let db: AgenciesDatabase;
  const repo = () => agenciesIn(db.dataSource.manager);

  beforeAll(async () => {
    db = await openAgenciesDatabase('agencies_repository');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('stores and restores an agency with its applicant', async () => {
    const agency = Agency.apply(
      details({ website: 'https://x.gov' }),
      null,
      {
        sub: 'alice',
        displayName: 'Alice',
        email: 'alice@x.gov',
      },
      new Date(),
    );
    await repo().insert(agency);
    expect((await repo().findById(agency.id))?.snapshot()).toEqual(agency.snapshot());
  });

  it('refuses a second acronym that differs only in case', async () => {
    await repo().insert(Agency.register(details({ acronym: 'NITB' }), null, new Date()));
    const error = await repo()
      .insert(Agency.register(details({ acronym: 'nitb' }), null, new Date()))
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('AGENCY.ACRONYM_TAKEN');
  });

  it('writes a change only over the version it was read at', async () => {
    const agency = Agency.register(details(), null, new Date());
    await repo().insert(agency);
    agency.update({ name: 'Renamed' }, undefined, new Date());
    await repo().update(agency, 1);
    expect((await repo().findById(agency.id))?.snapshot()).toMatchObject({ name: 'Renamed', version: 2 });
    agency.update({ name: 'Stale' }, undefined, new Date());
    const error = await repo()
      .update(agency, 1)
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('AGENCY.VERSION_MISMATCH');
    expect((await repo().findById(agency.id))?.snapshot().name).toBe('Renamed');
  });

  it('serialises writers of one agency behind its row lock: the second reads what the first committed', async () => {
    const agency = Agency.register(details(), null, new Date());
    await repo().insert(agency);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let markLocked!: () => void;
    const locked = new Promise<void>((resolve) => (markLocked = resolve));
    const first = db.dataSource.transaction(async (m) => {
      const mine = (await agenciesIn(m).lockById(agency.id))!;
      mine.update({ name: 'First' }, undefined, new Date());
      await agenciesIn(m).update(mine, 1);
      markLocked();
      await held;
    });
    await locked;
    const second = db.dataSource.transaction((m) => agenciesIn(m).lockById(agency.id));
    await waitFor(
      async () => {
        const [row] = await db.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return row.n === 1;
      },
      { what: 'the second writer waiting on the row lock', timeoutMs: 5_000, intervalMs: 20 },
    );
    release();
    await first;
    expect((await second)?.snapshot()).toMatchObject({ name: 'First', version: 2 });
  });

  it('reads a parent with its ancestors, nearest first, and the tiers of children', async () => {
    const root = Agency.register(details(), null, new Date());
    await repo().insert(root);
    const hierarchy = new SqlAgencyHierarchy(heldTransaction(db.dataSource.manager));
    const mid = Agency.register(
      details({ tier: 'PROVINCIAL', jurisdiction: 'Sindh' }),
      await hierarchy.parent(root.id),
      new Date(),
    );
    await repo().insert(mid);
    const leaf = Agency.register(
      details({ tier: 'DEPARTMENTAL', jurisdiction: 'Sindh' }),
      await hierarchy.parent(mid.id),
      new Date(),
    );
    await repo().insert(leaf);
    expect(await hierarchy.parent(leaf.id)).toMatchObject({
      id: leaf.id,
      tier: 'DEPARTMENTAL',
      ancestorIds: [mid.id, root.id],
    });
    expect(await hierarchy.childTiers(root.id)).toEqual(['PROVINCIAL']);
    expect(await hierarchy.parent('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  describe('the directory list', () => {
    const list = (viewer: Viewer, filters = {}, limit = 100, after?: readonly [string, string]) =>
      new AgencyListReader(db.dataSource.manager).list(filters, viewer, limit, after);
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

    it('shows a person ACTIVE agencies, their own and their applications only', async () => {
      const active = Agency.register(details(), null, new Date());
      const pendingOfAlice = Agency.apply(
        details(),
        null,
        { sub: 'alice2', displayName: 'A', email: 'a@x' },
        new Date(),
      );
      const suspendedOfBob = Agency.register(details(), null, new Date());
      suspendedOfBob.suspend(new Date());
      for (const a of [active, pendingOfAlice, suspendedOfBob]) await repo().insert(a);
      const person = (sub: string, memberOf: string[] = []): Viewer => ({
        operatesPlatform: false,
        sub,
        memberOf,
      });
      const seenBy = async (viewer: Viewer) => ids(await list(viewer));
      expect(await seenBy(person('carol'))).toContain(active.id);
      expect(await seenBy(person('carol'))).not.toEqual(expect.arrayContaining([pendingOfAlice.id]));
      expect(await seenBy(person('carol'))).not.toEqual(expect.arrayContaining([suspendedOfBob.id]));
      expect(await seenBy(person('alice2'))).toContain(pendingOfAlice.id);
      expect(await seenBy(person('bob', [suspendedOfBob.id]))).toContain(suspendedOfBob.id);
      expect(await seenBy(OPERATOR)).toEqual(
        expect.arrayContaining([active.id, pendingOfAlice.id, suspendedOfBob.id]),
      );
    });

    it('matches every word of q as part of the name or the acronym, literally', async () => {
      const hed = Agency.register(
        details({ name: 'Higher Education Commission', acronym: 'HEC' }),
        null,
        new Date(),
      );
      const pct = Agency.register(details({ name: '100% Literal_Agency', acronym: 'PCT' }), null, new Date());
      for (const a of [hed, pct]) await repo().insert(a);
      expect(ids(await list(OPERATOR, { q: 'educ comm' }))).toEqual([hed.id]);
      expect(ids(await list(OPERATOR, { q: 'hec' }))).toEqual([hed.id]);
      expect(ids(await list(OPERATOR, { q: 'educ nitb' }))).toEqual([]);
      expect(ids(await list(OPERATOR, { q: '100%' }))).toEqual([pct.id]);
      expect(ids(await list(OPERATOR, { q: 'l_a' }))).toEqual([pct.id]);
      expect(ids(await list(OPERATOR, { q: '%' }))).toEqual([pct.id]);
    });

    it('pages in (lower(name), id) order from a keyset position', async () => {
      const all = await list(OPERATOR);
      const sorted = [...all].sort((a, b) =>
        a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : 1,
      );
      expect(ids(all)).toEqual(ids(sorted));
      const firstTwo = await list(OPERATOR, {}, 2);
      const rest = await list(OPERATOR, {}, 100, [firstTwo[1].sortName, firstTwo[1].id]);
      expect([...ids(firstTwo), ...ids(rest)]).toEqual(ids(all));
    });
  });
});
