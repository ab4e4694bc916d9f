import { diff, gapOf, gapsInPriorityOrder, rollUp, type ScoredAnswer } from './maturity-scoring.rule';

const a = (subcategoryId: string, current: number, target: number, notApplicable = false): ScoredAnswer => ({
  subcategoryId,
  categoryId: subcategoryId.slice(0, 5),
  functionId: subcategoryId.slice(0, 2),
  current,
  target,
  notApplicable,
});

describe('maturity scoring', () => {
  it('gapOf_AboveTarget_IsZeroNotNegative', () => {
    expect(gapOf({ current: 1, target: 3 })).toBe(2);
    expect(gapOf({ current: 4, target: 3 })).toBe(0);
  });

  it('rollUp_MeansOverAnsweredAndApplicableOnly', () => {
    const answers = [
      a('GV.OC-01', 1, 3),
      a('GV.OC-02', 2, 3),
      a('GV.OC-03', 0, 3, true),
      a('GV.RM-01', 4, 3),
      a('ID.AM-01', 0, 2, true),
    ];
    expect(rollUp(answers, 'categoryId')).toEqual([
      { id: 'GV.OC', current: 1.5, target: 3, gap: 1.5, answered: 2 },
      { id: 'GV.RM', current: 4, target: 3, gap: 0, answered: 1 },
      { id: 'ID.AM', current: null, target: null, gap: null, answered: 0 },
    ]);
    expect(rollUp(answers, 'functionId')[0]).toEqual({
      id: 'GV',
      current: 2.33,
      target: 3,
      gap: 1,
      answered: 3,
    });
  });

  it('gapsInPriorityOrder_BySizeTimesFunctionWeight_ThenSize_ThenIdentifier', () => {
    const gaps = gapsInPriorityOrder([
      a('DE.CM-01', 0, 3), // 3 × 1 = 3
      a('GV.OC-01', 1, 3), // 2 × 1.5 = 3
      a('PR.AA-01', 1, 3), // 2 × 1.25 = 2.5
      a('RS.MA-01', 0, 3), // 3 × 1 = 3
      a('ID.AM-01', 3, 3), // no gap
      a('GV.OC-02', 0, 4, true), // not applicable
    ]);
    expect(gaps.map((g) => [g.subcategoryId, g.priority])).toEqual([
      ['DE.CM-01', 3],
      ['RS.MA-01', 3],
      ['GV.OC-01', 3],
      ['PR.AA-01', 2.5],
    ]);
  });

  it('diff_SaysImprovedRegressedUnchangedAndNotComparable', () => {
    const now = [
      a('GV.OC-01', 3, 3),
      a('GV.OC-02', 1, 3),
      a('GV.OC-03', 2, 3),
      a('GV.OC-04', 2, 3, true),
      a('GV.OC-05', 1, 3),
    ];
    const before = [a('GV.OC-01', 1, 3), a('GV.OC-02', 2, 3), a('GV.OC-03', 2, 3), a('GV.OC-04', 1, 3)];
    expect(diff(now, before).map((c) => [c.subcategoryId, c.change, c.delta])).toEqual([
      ['GV.OC-01', 'IMPROVED', 2],
      ['GV.OC-02', 'REGRESSED', -1],
      ['GV.OC-03', 'UNCHANGED', 0],
      ['GV.OC-04', 'NOT_COMPARABLE', null],
      ['GV.OC-05', 'NOT_COMPARABLE', null],
    ]);
  });
});
