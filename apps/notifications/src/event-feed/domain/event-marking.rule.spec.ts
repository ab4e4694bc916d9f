import { markingOf } from './event-marking.rule';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
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
});
