import { Agency } from './agency.aggregate';
import { AgencyRuleViolation } from './agency.errors';

const base = {
  name: 'Home Department',
  acronym: 'HD',
  sector: 'HOME_AFFAIRS',
  contactEmail: 'Ops@HD.gov.pk',
};

describe('Agency', () => {
  it('registers a federal agency pending verification at version 1', () => {
    const agency = Agency.register({ ...base, tier: 'FEDERAL' }).snapshot();
    expect(agency).toMatchObject({
      status: 'PENDING_VERIFICATION',
      version: 1,
      jurisdiction: null,
      contactEmail: 'ops@hd.gov.pk',
    });
  });

  it('refuses a provincial agency without a jurisdiction', () => {
    expect(() => Agency.register({ ...base, tier: 'PROVINCIAL', jurisdiction: '  ' })).toThrow(
      AgencyRuleViolation,
    );
  });

  it('keeps the jurisdiction of a departmental agency', () => {
    expect(
      Agency.register({ ...base, tier: 'DEPARTMENTAL', jurisdiction: 'Punjab' }).snapshot().jurisdiction,
    ).toBe('Punjab');
  });
});
