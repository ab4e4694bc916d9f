import { defaultPreference, deliveryPlanFor, preferencesWithDefaults } from './delivery-preference.rule';

describe('delivery preferences', () => {
  it('defaults_SendEverythingAtOnce_ExceptExchangeNewsInTheDigest', () => {
    expect(deliveryPlanFor(defaultPreference('ANNOUNCEMENT'), false)).toEqual({
      inApp: true,
      email: 'IMMEDIATE',
    });
    expect(deliveryPlanFor(defaultPreference('EXCHANGE'), false)).toEqual({ inApp: true, email: 'DIGEST' });
  });

  it('off_DeliversNothing_UnlessUrgent', () => {
    const off = { category: 'ANNOUNCEMENT' as const, channels: [], delivery: 'OFF' as const };
    expect(deliveryPlanFor(off, false)).toBeNull();
    expect(deliveryPlanFor(off, true)).toEqual({ inApp: true, email: 'IMMEDIATE' });
  });

  it('urgent_AlwaysReachesInboxAndEmail_EvenWithInAppOnly', () => {
    const inAppOnly = {
      category: 'ANNOUNCEMENT' as const,
      channels: ['IN_APP' as const],
      delivery: 'IMMEDIATE' as const,
    };
    expect(deliveryPlanFor(inAppOnly, false)).toEqual({ inApp: true, email: 'NONE' });
    expect(deliveryPlanFor(inAppOnly, true)).toEqual({ inApp: true, email: 'IMMEDIATE' });
  });

  it('emailOnlyDigest_SkipsTheInbox_AndWaitsForTheDigest', () => {
    const plan = deliveryPlanFor(
      { category: 'SESSION', channels: ['EMAIL'], delivery: 'DAILY_DIGEST' },
      false,
    );
    expect(plan).toEqual({ inApp: false, email: 'DIGEST' });
  });

  it('noChannels_DeliversNothing', () => {
    expect(deliveryPlanFor({ category: 'AGENCY', channels: [], delivery: 'IMMEDIATE' }, false)).toBeNull();
  });

  it('preferencesWithDefaults_FillsEveryCategoryInOrder', () => {
    const prefs = preferencesWithDefaults([{ category: 'SESSION', channels: ['IN_APP'], delivery: 'OFF' }]);
    expect(prefs.map((p) => p.category)).toEqual(['ANNOUNCEMENT', 'SESSION', 'EXCHANGE', 'AGENCY']);
    expect(prefs[1]).toEqual({ category: 'SESSION', channels: ['IN_APP'], delivery: 'OFF' });
  });
});
