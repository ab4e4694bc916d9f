import { agenciesSingledOut } from './derivable-groups.rule';

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort();

describe('agenciesSingledOut', () => {
  it('agenciesSingledOut_GroupOfFourLessItsGroupOfThree_IsTheFourthAgency', () => {
    expect(
      agenciesSingledOut(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b', 'c', 'd'],
          ['a', 'b', 'c'],
        ],
      ),
    ).toEqual([['d']]);
  });

  it('agenciesSingledOut_GroupsDifferingByOneAgencyEachWay_GiveTheDifferenceOfTwo', () => {
    const figures = [
      ['a', 'b', 'c', 'x'],
      ['a', 'b', 'c', 'y'],
    ];
    expect(sorted(agenciesSingledOut(['a', 'b', 'c', 'x', 'y'], figures))).toEqual([['x', 'y']]);
  });

  it('agenciesSingledOut_TotalLessAGroupOfThree_IsThePairLeft', () => {
    const population = ['a', 'b', 'c', 'd', 'e'];
    expect(sorted(agenciesSingledOut(population, [population, ['a', 'b', 'c']]))).toEqual([['d', 'e']]);
  });

  it('agenciesSingledOut_DisjointGroupsOfThreeAndTheirTotal_SingleOutNobody', () => {
    const population = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(agenciesSingledOut(population, [population, ['a', 'b', 'c'], ['d', 'e', 'f']])).toEqual([]);
  });

  it('agenciesSingledOut_TwoGroupingsWhosePairwiseDifferencesAreSafe_StillFindTheAgencyTheirTotalsIsolate', () => {
    // Tiers {1..6} and {7..13}, sectors {1,2,3,7,8,9} and {4,5,6,10,11,12}: every difference of two
    // figures covers at least three agencies, yet both tiers less both sectors is agency 13.
    const n = (...ids: number[]) => ids.map(String);
    const figures = [
      n(1, 2, 3, 4, 5, 6),
      n(7, 8, 9, 10, 11, 12, 13),
      n(1, 2, 3, 7, 8, 9),
      n(4, 5, 6, 10, 11, 12),
    ];
    const population = n(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    expect(agenciesSingledOut(population, figures)).toEqual([['13']]);
  });

  it('agenciesSingledOut_NoFigures_SinglesOutNobody', () => {
    expect(agenciesSingledOut(['a'], [])).toEqual([]);
  });
});
