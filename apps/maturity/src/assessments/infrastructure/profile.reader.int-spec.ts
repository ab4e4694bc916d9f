import { heldTransaction } from '@csg/messaging';
import { CSF } from '@csg/frameworks';
import { openMaturityDatabase, type MaturityDatabase } from '../../../test/maturity-database.fixture';
import { Campaign } from '../../campaigns/domain/campaign.aggregate';
import { TypeOrmCampaignRepository } from '../../campaigns/infrastructure/campaign.repository';
import type { Answer } from '../domain/answer-sheet.rule';
import { Assessment } from '../domain/assessment.aggregate';
import { diff, gapsInPriorityOrder, rollUp, type ScoredAnswer } from '../domain/maturity-scoring.rule';
import { AnswerStore } from './answer.store';
import { TypeOrmAssessmentRepository } from './assessment.repository';
import { ProfileReader } from './profile.reader';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const shape = { functionIds: CSF.functionIds(), subcategoryIds: CSF.subcategoryIds() };
const nodeOf = (id: string) => CSF.resolve(id)!;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomAnswers(seed: number, share = 0.8): Answer[] {
  const next = random(seed);
  return CSF.subcategoryIds()
    .filter(() => next() < share)
    .map((subcategoryId) => {
      const target = 1 + Math.floor(next() * 4);
      return {
        subcategoryId,
        current: Math.floor(next() * 5),
        target,
        targetOverridden: false,
        targetReason: null,
        notApplicable: next() < 0.1,
        evidence: null,
      };
    });
}

const scored = (answers: Answer[]): ScoredAnswer[] =>
  answers.map((a) => ({
    ...a,
    categoryId: nodeOf(a.subcategoryId).categoryId!,
    functionId: nodeOf(a.subcategoryId).functionId,
  }));

describe('ProfileReader: the SQL roll-ups agree with the scoring rules (PostgreSQL)', () => {
  let db: MaturityDatabase;
  let campaign: Campaign;
  const reader = () => new ProfileReader(db.dataSource.manager);

  async function assessmentWith(answers: Answer[]): Promise<string> {
    const assessment = Assessment.start(
      AGENCY,
      { id: campaign.id, frameworkId: 'nist-csf-2.0', acceptsAnswers: true },
      'admin',
      null,
      new Date(),
    );
    await db.dataSource.query(`DELETE FROM assessments WHERE agency_id = $1`, [AGENCY]);
    await new TypeOrmAssessmentRepository(heldTransaction(db.dataSource.manager)).insert(assessment);
    await new AnswerStore(db.dataSource.manager).upsert(assessment.id, answers, new Date());
    return assessment.id;
  }

  beforeAll(async () => {
    db = await openMaturityDatabase('maturity_profile_sql');
    campaign = Campaign.open(
      {
        name: 'SQL check',
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 86_400_000),
        audience: { kind: 'ALL' },
        targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
      },
      shape,
      'org',
      new Date(),
    );
    await new TypeOrmCampaignRepository(heldTransaction(db.dataSource.manager)).insert(campaign);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it.each([1, 2, 3, 4, 5])(
    'rolls up by category, function and overall as the rules do (seed %i)',
    async (seed) => {
      const answers = randomAnswers(seed);
      const id = await assessmentWith(answers);
      const rows = await reader().rollUps(id, 'nist-csf-2.0');
      const expectRows = (level: 'category' | 'function', by: 'categoryId' | 'functionId') => {
        const expected = new Map(rollUp(scored(answers), by).map((r) => [r.id, r]));
        const actual = rows.filter((r) => r.level === level);
        expect(actual).toHaveLength(level === 'category' ? 22 : 6);
        for (const row of actual) {
          const want = expected.get((by === 'categoryId' ? row.categoryId : row.functionId)!) ?? {
            current: null,
            target: null,
            gap: null,
            answered: 0,
          };
          expect(row.answered).toBe(want.answered);
          for (const key of ['current', 'target', 'gap'] as const) {
            if (want[key] === null) expect(row[key]).toBeNull();
            else expect(row[key]).toBeCloseTo(want[key]!, 2);
          }
        }
      };
      expectRows('category', 'categoryId');
      expectRows('function', 'functionId');
      const counted = answers.filter((a) => !a.notApplicable);
      const overall = rows.find((r) => r.level === 'overall')!;
      expect(overall.answered).toBe(counted.length);
      expect(overall.current).toBeCloseTo(counted.reduce((s, a) => s + a.current, 0) / counted.length, 2);
      expect(rows[0].level).toBe('overall');
      expect(rows.find((r) => r.level === 'function')).toMatchObject({
        functionId: 'GV',
        functionName: 'Govern',
      });
    },
  );

  it.each([6, 7, 8])('orders the gaps as the rules do (seed %i)', async (seed) => {
    const answers = randomAnswers(seed);
    const id = await assessmentWith(answers);
    const expected = gapsInPriorityOrder(scored(answers));
    const actual = await reader().gaps(id, 'nist-csf-2.0');
    expect(actual.map((g) => [g.subcategoryId, g.gap, g.priority])).toEqual(
      expected.map((g) => [g.subcategoryId, g.gap, g.priority]),
    );
  });

  it('diffs two assessments as the rules do', async () => {
    const now = randomAnswers(9, 0.7);
    const before = randomAnswers(10, 0.7);
    const a = Assessment.start(
      AGENCY,
      { id: campaign.id, frameworkId: 'nist-csf-2.0', acceptsAnswers: true },
      'x',
      null,
      new Date(),
    );
    const otherAgency = '22222222-2222-4222-8222-222222222222';
    const b = Assessment.start(
      otherAgency,
      { id: campaign.id, frameworkId: 'nist-csf-2.0', acceptsAnswers: true },
      'x',
      null,
      new Date(),
    );
    await db.dataSource.query(`DELETE FROM assessments`);
    const repo = new TypeOrmAssessmentRepository(heldTransaction(db.dataSource.manager));
    await repo.insert(a);
    await repo.insert(b);
    const store = new AnswerStore(db.dataSource.manager);
    await store.upsert(a.id, now, new Date());
    await store.upsert(b.id, before, new Date());
    const actual = await reader().diff(a.id, b.id);
    expect(actual).toEqual(diff(now, before));
  });

  it('copies answers forward with the new campaign targets, keeping overridden ones', async () => {
    await db.dataSource.query(`DELETE FROM assessments`);
    const source = Assessment.start(
      AGENCY,
      { id: campaign.id, frameworkId: 'nist-csf-2.0', acceptsAnswers: true },
      'x',
      null,
      new Date(),
    );
    const repo = new TypeOrmAssessmentRepository(heldTransaction(db.dataSource.manager));
    await repo.insert(source);
    const store = new AnswerStore(db.dataSource.manager);
    const answer = (subcategoryId: string, target: number, overridden: boolean): Answer => ({
      subcategoryId,
      current: 1,
      target,
      targetOverridden: overridden,
      targetReason: overridden ? 'why' : null,
      notApplicable: false,
      evidence: 'e',
    });
    await store.upsert(
      source.id,
      [answer('GV.OC-01', 1, false), answer('PR.AA-01', 1, false), answer('DE.CM-01', 3, true)],
      new Date(),
    );
    const later = Campaign.open(
      {
        name: 'later',
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - 1000),
        closesAt: new Date(Date.now() + 86_400_000),
        audience: { kind: 'ALL' },
        targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
      },
      shape,
      'org',
      new Date(),
    );
    await new TypeOrmCampaignRepository(heldTransaction(db.dataSource.manager)).insert(later);
    const copy = Assessment.start(
      AGENCY,
      { id: later.id, frameworkId: 'nist-csf-2.0', acceptsAnswers: true },
      'x',
      source.snapshot(),
      new Date(),
    );
    await repo.insert(copy);
    expect(await store.copy(source.id, copy.id, new Date())).toBe(3);
    const copied = await store.existing(copy.id, ['GV.OC-01', 'PR.AA-01', 'DE.CM-01']);
    expect(copied.get('GV.OC-01')).toMatchObject({
      current: 1,
      target: 3,
      targetOverridden: false,
      evidence: 'e',
    });
    expect(copied.get('PR.AA-01')).toMatchObject({ target: 4 });
    expect(copied.get('DE.CM-01')).toMatchObject({ target: 3, targetOverridden: true, targetReason: 'why' });
  });
});
