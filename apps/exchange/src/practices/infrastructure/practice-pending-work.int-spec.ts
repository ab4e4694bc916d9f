import type { Principal } from '@csg/auth';
import { heldTransaction } from '@csg/messaging';
import { openExchangeDatabase, type ExchangeDatabase } from '../../../test/exchange-database.fixture';
import { AGENCY_A as A, AGENCY_B as B, person } from '../../../test/in-memory-exchange.fixture';
import { practiceDraft as draftOf } from '../../../test/practice.fixture';
import { Practice, type PracticeDraft } from '../domain/practice.aggregate';
import { pendingWorkPredicate } from './practice-access.sql';
import { PracticeReader } from './practice.reader';
import { TypeOrmPracticeRepository } from './practice.repository';

const authorA = person('author-a', [[A, 'member']]);
const READERS: Record<string, Principal> = {
  authorA,
  colleagueA: person('colleague-a', [[A, 'member']]),
  adminA: person('admin-a', [[A, 'agency-admin']]),
  memberB: person('member-b', [[B, 'member']]),
  organiser: person('organiser', [], ['organiser']),
  organiserOfA: person('organiser-a', [[A, 'member']], ['organiser']),
  anonymous: { kind: 'anonymous' },
};

/** `pendingWorkPredicate` (SQL) against `seesPendingWork` (domain), and the revision list built on it (ADR 56). */
describe('who sees a published practice’s pending work (PostgreSQL)', () => {
  let db: ExchangeDatabase;
  const practices: Record<string, Practice> = {};
  const repo = () => new TypeOrmPracticeRepository(heldTransaction(db.dataSource.manager));

  async function store(
    name: string,
    overrides: Partial<PracticeDraft>,
    pending: 'none' | 'DRAFT' | 'SUBMITTED',
  ) {
    const practice = Practice.draft(draftOf(overrides), authorA, new Date());
    practice.submit(authorA, new Date());
    if (practice.snapshot().status === 'SUBMITTED') practice.approve(READERS.organiser, new Date());
    if (pending !== 'none') practice.revise({ body: `Pending steps of ${name}.` }, authorA, new Date());
    if (pending === 'SUBMITTED') practice.submit(authorA, new Date());
    await repo().insert(practice);
    practices[name] = practice;
  }

  beforeAll(async () => {
    db = await openExchangeDatabase('exchange_pending_work');
    await store('noPending', {}, 'none');
    await store('pendingDraft', {}, 'DRAFT');
    await store('pendingSubmitted', {}, 'SUBMITTED');
    await store('strictPendingSubmitted', { tlp: 'TLP:AMBER+STRICT' }, 'SUBMITTED');
    await store('redPendingDraft', { tlp: 'TLP:RED', recipientSubs: ['member-b'] }, 'DRAFT');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('agrees with the domain rule for every reader and every practice', async () => {
    for (const [readerName, principal] of Object.entries(READERS)) {
      const visible = pendingWorkPredicate(principal, 2);
      for (const [name, practice] of Object.entries(practices)) {
        const rows: unknown[] = await db.dataSource.query(
          `SELECT 1 FROM practices p WHERE p.id = $1 AND ${visible.sql}`,
          [practice.id, ...visible.params],
        );
        expect({ readerName, name, sees: rows.length > 0 }).toEqual({
          readerName,
          name,
          sees: practice.seesPendingWork(principal),
        });
      }
    }
  });

  it('lists the proposals only to those who see the pending work, the pending revision marked', async () => {
    const listed = async (readerName: string, name: string) =>
      (
        await new PracticeReader(db.dataSource.manager).revisions(practices[name].id, READERS[readerName], 10)
      ).map(({ revision, pending }) => [revision.number, revision.kind, revision.proposal, pending]);
    expect(await listed('colleagueA', 'pendingDraft')).toEqual([
      [1, 'CREATED', false, false],
      [2, 'REVISED', true, true],
    ]);
    expect(await listed('memberB', 'pendingDraft')).toEqual([[1, 'CREATED', false, false]]);
    expect(await listed('organiser', 'pendingDraft')).toEqual([[1, 'CREATED', false, false]]);
    expect(await listed('organiser', 'pendingSubmitted')).toEqual([
      [1, 'CREATED', false, false],
      [2, 'REVISED', true, true],
    ]);
    expect(await listed('anonymous', 'pendingSubmitted')).toEqual([]);
    expect(await listed('colleagueA', 'redPendingDraft')).toEqual([]);
    expect(await listed('memberB', 'redPendingDraft')).toEqual([[1, 'CREATED', false, false]]);
    expect(await listed('adminA', 'redPendingDraft')).toEqual([
      [1, 'CREATED', false, false],
      [2, 'REVISED', true, true],
    ]);
  });
});
