import type { IntegrationPrincipal } from '@csg/auth';
import { curatedTopicsFor, integrationMayRead, markingOf } from './event-marking.rule';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const client = (overrides: Partial<IntegrationPrincipal> = {}): IntegrationPrincipal => ({
  kind: 'integration',
  clientId: 'c',
  ownerAgencyId: null,
  eventTypes: ['t'],
  tlpClearance: 'TLP:GREEN',
  ...overrides,
});

describe('event markings for integrations', () => {
  it('markingOf_ReadsTlpOwnerAndSharing_FromTheData', () => {
    expect(markingOf({ tlp: 'TLP:AMBER', agencyId: A, sharedWithAgencyIds: [B] })).toEqual({
      tlp: 'TLP:AMBER',
      ownerAgencyId: A,
      sharedWithAgencyIds: [B],
      recipientSubs: [],
    });
  });

  it('unmarkedEvents_CountAsGreen_AndUnknownMarkingsAsRed', () => {
    expect(markingOf({ agencyId: A }).tlp).toBe('TLP:GREEN');
    expect(markingOf({ tlp: 'TLP:PURPLE' }).tlp).toBe('TLP:RED');
  });

  it('curatedTopics_CarryOnlyWhatTheirMarkingAllows', () => {
    expect(curatedTopicsFor(markingOf({ tlp: 'TLP:CLEAR' }))).toEqual([
      'csg.integration.clear',
      'csg.integration.green',
    ]);
    expect(curatedTopicsFor(markingOf({ tlp: 'TLP:GREEN' }))).toEqual(['csg.integration.green']);
    for (const tlp of ['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'])
      expect(curatedTopicsFor(markingOf({ tlp }))).toEqual([]);
  });

  it('aPlatformClient_ReadsUpToItsClearance_NeverRed', () => {
    const amber = client({ tlpClearance: 'TLP:AMBER' });
    expect(integrationMayRead(amber, 't', markingOf({ tlp: 'TLP:AMBER', agencyId: A }))).toBe(true);
    expect(integrationMayRead(amber, 't', markingOf({ tlp: 'TLP:AMBER+STRICT', agencyId: A }))).toBe(false);
    expect(
      integrationMayRead(
        client({ tlpClearance: 'TLP:RED' }),
        't',
        markingOf({ tlp: 'TLP:RED', recipientSubs: ['x'] }),
      ),
    ).toBe(false);
  });

  it('anAgencyClient_ReadsWhatItsAgencyMembersRead', () => {
    const ofA = client({ ownerAgencyId: A, tlpClearance: 'TLP:AMBER+STRICT' });
    expect(integrationMayRead(ofA, 't', markingOf({ tlp: 'TLP:AMBER+STRICT', agencyId: A }))).toBe(true);
    expect(integrationMayRead(ofA, 't', markingOf({ tlp: 'TLP:AMBER+STRICT', agencyId: B }))).toBe(false);
    expect(
      integrationMayRead(ofA, 't', markingOf({ tlp: 'TLP:AMBER', agencyId: B, sharedWithAgencyIds: [A] })),
    ).toBe(true);
  });

  it('onlySubscribedTypes_AreRead', () => {
    expect(integrationMayRead(client(), 'other', markingOf({ tlp: 'TLP:CLEAR' }))).toBe(false);
  });
});
