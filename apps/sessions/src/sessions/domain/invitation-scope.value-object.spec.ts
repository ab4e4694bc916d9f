import { agencyIsInvited, normaliseScope } from './invitation-scope.value-object';

const hec = { id: 'hec', tier: 'FEDERAL', sector: 'EDUCATION', status: 'ACTIVE' };
const mis = { id: 'mis', tier: 'DEPARTMENTAL', sector: 'HOME_AFFAIRS', status: 'ACTIVE' };

describe('invitation scope', () => {
  it('agencyIsInvited_WithoutAScope_InvitesEveryActiveAgency', () => {
    expect(agencyIsInvited(null, hec)).toBe(true);
    expect(agencyIsInvited(null, { ...hec, status: 'SUSPENDED' })).toBe(false);
  });

  it('agencyIsInvited_ByTierSectorOrName_MatchesAnyOfThem', () => {
    const scope = normaliseScope({ tiers: ['FEDERAL'], agencyIds: ['mis'] });
    expect(agencyIsInvited(scope, hec)).toBe(true);
    expect(agencyIsInvited(scope, mis)).toBe(true);
    expect(agencyIsInvited(scope, { ...mis, id: 'other' })).toBe(false);
    expect(agencyIsInvited(normaliseScope({ sectors: ['EDUCATION'] }), mis)).toBe(false);
  });
});
