import { canRead, type IntegrationPrincipal, type TlpMarking, type TlpResource } from '@csg/auth';
import { integrationClearance, knownEventTypes } from './integration-reach.rule';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const BELOW_RED: TlpMarking[] = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT'];

describe('integration reach', () => {
  it('aPlatformIntegration_WithoutAClearance_GetsGreen', () => {
    expect(integrationClearance('client', null, undefined)).toBe('TLP:GREEN');
  });

  it('anAgencyIntegration_WithoutAClearance_GetsWhatItsMembersRead', () => {
    expect(integrationClearance('client', AGENCY, undefined)).toBe('TLP:AMBER+STRICT');
  });

  it.each(BELOW_RED)('anyIntegration_AskingFor%s_GetsExactlyThat', (asked) => {
    for (const owner of [null, AGENCY]) {
      expect(integrationClearance('client', owner, asked)).toBe(asked);
      expect(integrationClearance('webhook', owner, asked)).toBe(asked);
    }
  });

  it.each([
    ['client', 'the platform', null],
    ['client', 'an agency', AGENCY],
    ['webhook', 'the platform', null],
    ['webhook', 'an agency', AGENCY],
  ] as const)('a %s owned by %s asking for TLP:RED is told the highest it may have', (kind, _, owner) => {
    expect(() => integrationClearance(kind, owner, 'TLP:RED')).toThrow(
      expect.objectContaining({
        code: 'INTEGRATION.CLEARANCE_TOO_HIGH',
        message: `the highest clearance this ${kind} may have is TLP:AMBER+STRICT`,
      }),
    );
  });

  it('anAgencyIntegrationWithALowerClearance_ReadsWhatItsMembersRead_CappedAtThatClearance', () => {
    const reader = (tlpClearance: TlpMarking): IntegrationPrincipal => ({
      kind: 'integration',
      clientId: 'c',
      ownerAgencyId: AGENCY,
      eventTypes: [],
      tlpClearance,
    });
    const own: TlpResource = { ownerAgencyId: AGENCY };
    const sharedWithIt: TlpResource = { ownerAgencyId: OTHER, sharedWithAgencyIds: [AGENCY] };
    const elsewhere: TlpResource = { ownerAgencyId: OTHER };
    const reads = (clearance: TlpMarking, resource: TlpResource) =>
      BELOW_RED.filter((marking) => canRead(reader(clearance), marking, resource));

    expect(reads('TLP:CLEAR', own)).toEqual(['TLP:CLEAR']);
    expect(reads('TLP:GREEN', own)).toEqual(['TLP:CLEAR', 'TLP:GREEN']);
    expect(reads('TLP:AMBER', sharedWithIt)).toEqual(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER']);
    expect(reads('TLP:AMBER+STRICT', own)).toEqual(BELOW_RED);
    // The member rule still applies under the cap: another agency's strict content stays out.
    expect(reads('TLP:AMBER+STRICT', elsewhere)).toEqual(['TLP:CLEAR', 'TLP:GREEN']);
    expect(canRead(reader('TLP:AMBER+STRICT'), 'TLP:RED', own)).toBe(false);
  });

  it('eventTypes_MustBeInTheCatalogue', () => {
    expect(knownEventTypes(['a', 'a'], ['a', 'b'])).toEqual(['a']);
    expect(() => knownEventTypes(['c'], ['a'])).toThrow(
      expect.objectContaining({ code: 'INTEGRATION.EVENT_TYPES_UNKNOWN' }),
    );
  });
});
