import { compareImpact } from './impact-comparison.rule';
import { groupIsShown } from './small-group.rule';

describe('reports', () => {
  it('groupIsShown_ToMembersOnlyFromThreeAgencies_ToOrganisersAlways', () => {
    expect(groupIsShown(2, false)).toBe(false);
    expect(groupIsShown(3, false)).toBe(true);
    expect(groupIsShown(1, true)).toBe(true);
  });

  it('compareImpact_WithThreeOrMoreOnEachSide_GivesTheDifference', () => {
    expect(compareImpact({ agencies: 3, meanChange: 1.5 }, { agencies: 4, meanChange: 0.25 })).toEqual({
      verdict: 'COMPARABLE',
      difference: 1.25,
    });
  });

  it('compareImpact_WithTooFewOnEitherSide_SaysSoAndGivesNoDifference', () => {
    expect(compareImpact({ agencies: 2, meanChange: 2 }, { agencies: 10, meanChange: 0 })).toEqual({
      verdict: 'TOO_FEW_AGENCIES',
      difference: null,
    });
    expect(compareImpact({ agencies: 5, meanChange: 1 }, { agencies: 0, meanChange: null }).verdict).toBe(
      'TOO_FEW_AGENCIES',
    );
  });
});
