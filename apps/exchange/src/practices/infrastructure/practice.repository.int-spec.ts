import type { Principal } from '@csg/auth';
import { heldTransaction } from '@csg/messaging';
import { openExchangeDatabase, type ExchangeDatabase } from '../../../test/exchange-database.fixture';
import { Practice } from '../domain/practice.aggregate';
import { PracticeRuleViolation } from '../domain/practice.errors';
import { TypeOrmPracticeRepository } from './practice.repository';

const A = '11111111-1111-4111-8111-111111111111';
const author = {
  kind: 'person',
  sub: 'author',
  platformRoles: [],
  memberships: [{ agencyId: A, role: 'member', agencyStatus: 'ACTIVE' }],
} as Principal;
const organiser = {
  kind: 'person',
  sub: 'organiser',
  platformRoles: ['organiser'],
  memberships: [],
} as Principal;

describe('TypeOrmPracticeRepository (PostgreSQL)', () => {
  let db: ExchangeDatabase;
  const repo = () => new TypeOrmPracticeRepository(heldTransaction(db.dataSource.manager));
  const draft = () =>
    Practice.draft(
      {
        ownerAgencyId: A,
        title: 'Immutable revisions',
        summary: 'Every change is kept',
        body: 'Body',
        tags: ['Audit Trail'],
        sectors: ['OTHER'],
        frameworkRefs: ['GV.OV-01', 'DE.CM'],
        tlp: 'TLP:AMBER',
        sharedWithAgencyIds: ['22222222-2222-4222-8222-222222222222'],
        recipientSubs: [],
      },
      author,
      new Date(),
    );

  beforeAll(async () => {
    db = await openExchangeDatabase('exchange_repository');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('stores and restores a practice with its marking, and derives the CSF categories and functions', async () => {
    const practice = draft();
    await repo().insert(practice);
    expect((await repo().findById(practice.id))?.snapshot()).toEqual(practice.snapshot());
    const [row] = await db.dataSource.query(
      `SELECT framework_categories, framework_functions FROM practices WHERE id = $1`,
      [practice.id],
    );
    expect(row).toEqual({ framework_categories: ['DE.CM', 'GV.OV'], framework_functions: ['DE', 'GV'] });
  });

  it('writes a change only over the version it was read at, with its new revision', async () => {
    const practice = draft();
    await repo().insert(practice);
    practice.revise({ title: 'Immutable revisions, kept' }, author, new Date());
    await repo().update(practice, 1);
    const revisions = await db.dataSource.query(
      `SELECT number, kind, title FROM practice_revisions WHERE practice_id = $1 ORDER BY number`,
      [practice.id],
    );
    expect(revisions).toEqual([
      { number: 1, kind: 'CREATED', title: 'Immutable revisions' },
      { number: 2, kind: 'REVISED', title: 'Immutable revisions, kept' },
    ]);
    practice.revise({ title: 'Stale' }, author, new Date());
    const error = await repo()
      .update(practice, 1)
      .catch((e: unknown) => e);
    expect((error as PracticeRuleViolation).code).toBe('PRACTICE.VERSION_MISMATCH');
  });

  it('refuses to change or delete a revision, even from SQL', async () => {
    const practice = draft();
    await repo().insert(practice);
    await expect(
      db.dataSource.query(`UPDATE practice_revisions SET title = 'Rewritten' WHERE practice_id = $1`, [
        practice.id,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.dataSource.query(`DELETE FROM practice_revisions WHERE practice_id = $1`, [practice.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('keeps a pending revision beside the published content: the stored search vector stays the published text until approval', async () => {
    const practice = draft();
    practice.submit(author, new Date());
    practice.approve(organiser, new Date());
    await repo().insert(practice);
    const matches = async (word: string) =>
      (
        await db.dataSource.query(
          `SELECT count(*)::int AS n FROM practices WHERE id = $1 AND search @@ plainto_tsquery('english', $2)`,
          [practice.id, word],
        )
      )[0].n;
    let version = practice.snapshot().version;
    practice.revise({ title: 'Kookaburra revisions', body: 'Kookaburra steps' }, author, new Date());
    practice.submit(author, new Date());
    await repo().update(practice, version);
    const stored = await repo().findById(practice.id);
    expect(stored?.snapshot()).toEqual(practice.snapshot());
    expect(stored?.snapshot()).toMatchObject({
      title: 'Immutable revisions',
      contributorSubs: ['author'],
      pendingRevision: { status: 'SUBMITTED', content: { title: 'Kookaburra revisions' } },
    });
    expect(await matches('kookaburra')).toBe(0);
    expect(await matches('immutable')).toBe(1);

    version = practice.snapshot().version;
    practice.approve(organiser, new Date());
    await repo().update(practice, version);
    expect(await matches('kookaburra')).toBe(1);
    const revisions = await db.dataSource.query(
      `SELECT number, kind, proposal, title FROM practice_revisions WHERE practice_id = $1 ORDER BY number`,
      [practice.id],
    );
    expect(revisions).toEqual([
      { number: 1, kind: 'CREATED', proposal: false, title: 'Immutable revisions' },
      { number: 2, kind: 'REVISED', proposal: true, title: 'Kookaburra revisions' },
      { number: 3, kind: 'REVISION_PUBLISHED', proposal: false, title: 'Kookaburra revisions' },
    ]);
    expect((await repo().findById(practice.id))?.snapshot()).toMatchObject({
      pendingRevision: null,
      publishedRevisionNumber: 3,
    });
  });
});
