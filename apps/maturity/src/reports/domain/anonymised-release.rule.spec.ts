import { anonymisedRelease, type CampaignSubmitter } from './anonymised-release.rule';
import { groupsShown } from './shown-groups.rule';

const CSF = ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'];
const agency = (agencyId: string, tier: string, sector: string, functionIds = CSF): CampaignSubmitter => ({
  agencyId,
  tier,
  sector,
  functionIds,
});
const figures = (key: string, agencies: number) => ({ key, agencies, current: 2, target: 3, gap: 1 });

describe('anonymisedRelease', () => {
  // Issue 17, item 5: tier FEDERAL (all four) less sector EDUCATION (three) was the fourth agency's score.
  const issue = [
    agency('a', 'FEDERAL', 'EDUCATION'),
    agency('b', 'FEDERAL', 'EDUCATION'),
    agency('c', 'FEDERAL', 'EDUCATION'),
    agency('d', 'FEDERAL', 'HEALTH'),
  ];

  it('anonymisedRelease_FourAgenciesOneTierThreeInOneSector_HidesTheSectorOfThreeAsWellAsTheOne', () => {
    const release = anonymisedRelease(issue);
    expect(release.isReleased('tier', 'FEDERAL', 4)).toBe(true);
    expect(release.isReleased('sector', 'EDUCATION', 3)).toBe(false);
    expect(release.isReleased('sector', 'HEALTH', 1)).toBe(false);
    expect(CSF.every((f) => release.isReleased('function', f, 4))).toBe(true);
  });

  it('groupsShown_ToMembers_ShowsComplementarySuppressionLikeSmallGroups_ToOrganisersEverything', () => {
    const sectors = [figures('EDUCATION', 3), figures('HEALTH', 1)];
    const hidden = { suppressed: true, agencies: null, current: null, target: null, gap: null };
    expect(groupsShown('sector', sectors, { named: false, submitters: issue })).toEqual([
      { key: 'EDUCATION', ...hidden },
      { key: 'HEALTH', ...hidden },
    ]);
    expect(groupsShown('sector', sectors, { named: true })).toEqual([
      { suppressed: false, ...sectors[0] },
      { suppressed: false, ...sectors[1] },
    ]);
  });

  it('anonymisedRelease_GroupWhoseComplementIsTwo_IsHidden_WholePopulationIsShown', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      agency(id, 'FEDERAL', i < 3 ? 'EDUCATION' : 'HEALTH'),
    );
    const release = anonymisedRelease(five);
    expect(release.isReleased('sector', 'EDUCATION', 3)).toBe(false);
    expect(release.isReleased('tier', 'FEDERAL', 5)).toBe(true);
  });

  it('anonymisedRelease_SmallestGroupIsGivenUp_WhenTwoLargerOnesLeaveOneAgency', () => {
    const sectorOf = (i: number) => (i < 10 ? 'EDUCATION' : i < 13 ? 'HEALTH' : 'FINANCE');
    const fourteen = Array.from({ length: 14 }, (_, i) => agency(`a${i}`, 'FEDERAL', sectorOf(i)));
    const release = anonymisedRelease(fourteen);
    expect(release.isReleased('sector', 'EDUCATION', 10)).toBe(true);
    expect(release.isReleased('sector', 'HEALTH', 3)).toBe(false);
    expect(release.isReleased('sector', 'FINANCE', 1)).toBe(false);
  });

  it('anonymisedRelease_FunctionOneAgencySkipped_IsHidden_SinceTheOtherFunctionsCoverEveryone', () => {
    const submitters = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
      agency(id, 'FEDERAL', 'EDUCATION', id === 'f' ? ['GV'] : CSF),
    );
    const release = anonymisedRelease(submitters);
    expect(release.isReleased('function', 'GV', 6)).toBe(true);
    expect(release.isReleased('function', 'PR', 5)).toBe(false);
  });

  it('anonymisedRelease_FewerThanThreeSubmitters_ReleasesNothing', () => {
    const release = anonymisedRelease([
      agency('a', 'FEDERAL', 'EDUCATION'),
      agency('b', 'FEDERAL', 'EDUCATION'),
    ]);
    expect(release.isReleased('tier', 'FEDERAL', 2)).toBe(false);
    expect(release.isReleased('function', 'GV', 2)).toBe(false);
  });

  it('anonymisedRelease_GroupCountedDifferentlyFromTheSubmitters_IsNotReleased', () => {
    expect(anonymisedRelease(issue).isReleased('tier', 'FEDERAL', 5)).toBe(false);
  });
});
