import { integrationClearance, knownEventTypes } from './integration-reach.rule';

describe('integration reach', () => {
  it('aPlatformClient_DefaultsToGreen_AndKeepsAnOperatorsChoice', () => {
    expect(integrationClearance(null, undefined)).toBe('TLP:GREEN');
    expect(integrationClearance(null, 'TLP:AMBER')).toBe('TLP:AMBER');
  });

  it('anAgencyClient_ReadsAsItsMembers', () => {
    expect(integrationClearance('11111111-1111-4111-8111-111111111111', 'TLP:CLEAR')).toBe(
      'TLP:AMBER+STRICT',
    );
  });

  it('noIntegration_IsClearedForRed', () => {
    expect(() => integrationClearance(null, 'TLP:RED')).toThrow(
      expect.objectContaining({ code: 'INTEGRATION.CLEARANCE_TOO_HIGH' }),
    );
  });

  it('eventTypes_MustBeInTheCatalogue', () => {
    expect(knownEventTypes(['a', 'a'], ['a', 'b'])).toEqual(['a']);
    expect(() => knownEventTypes(['c'], ['a'])).toThrow(
      expect.objectContaining({ code: 'INTEGRATION.EVENT_TYPES_UNKNOWN' }),
    );
  });
});
