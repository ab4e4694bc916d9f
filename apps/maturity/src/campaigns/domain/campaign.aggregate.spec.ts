import { CSF } from '@csg/frameworks';
import { violatedRule } from '@csg/domain';
import { audienceIncludes, validAudience } from './campaign-audience.value-object';
import { targetFor, validTargets } from './campaign-targets.value-object';
import { Campaign, type CampaignDetails } from './campaign.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const shape = { functionIds: CSF.functionIds(), subcategoryIds: CSF.subcategoryIds() };
const T0 = new Date('2026-01-01T00:00:00Z');
const details = (overrides: Partial<CampaignDetails> = {}): CampaignDetails => ({
  name: ' Baseline 2026 ',
  frameworkId: 'nist-csf-2.0',
  opensAt: T0,
  closesAt: new Date('2026-03-01T00:00:00Z'),
  audience: { kind: 'ALL', values: [] },
  targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
  ...overrides,
});

describe('Campaign', () => {
  it('open_WithValidDetails_IsOpenAtVersion1', () => {
    const campaign = Campaign.open(details(), shape, 'org', T0).snapshot();
    expect(campaign).toMatchObject({ name: 'Baseline 2026', status: 'OPEN', version: 1, openedBy: 'org' });
  });

  it('open_ClosingBeforeOpening_IsRefused', () => {
    expect(violatedRule(() => Campaign.open(details({ closesAt: T0 }), shape, 'org', now))).toBe(
      'CAMPAIGN.WINDOW_INVALID',
    );
  });

  it('close_Twice_IsRefusedTheSecondTime', () => {
    const campaign = Campaign.open(details(), shape, 'org', now);
    campaign.close(0, now);
    expect(campaign.snapshot()).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(violatedRule(() => campaign.close(0, now))).toBe('CAMPAIGN.ALREADY_CLOSED');
  });

  it('acceptsAnswers_OnlyWhileOpenAndInsideItsWindow', () => {
    const campaign = Campaign.open(details(), shape, 'org', now);
    expect(campaign.acceptsAnswers(new Date('2025-12-31T23:59:59Z'))).toBe(false);
    expect(campaign.acceptsAnswers(new Date('2026-02-01T00:00:00Z'))).toBe(true);
    expect(campaign.acceptsAnswers(new Date('2026-03-01T00:00:00Z'))).toBe(false);
    campaign.close(0, now);
    expect(campaign.acceptsAnswers(new Date('2026-02-01T00:00:00Z'))).toBe(false);
  });
});

describe('campaign targets', () => {
  it('targetFor_TheMostSpecificTargetWins', () => {
    const targets = validTargets(details().targets, shape);
    expect(targetFor(targets, 'PR.AA-01', 'PR')).toBe(4);
    expect(targetFor(targets, 'GV.OC-01', 'GV')).toBe(3);
    expect(targetFor(targets, 'DE.CM-01', 'DE')).toBe(2);
  });

  it.each([
    [{ default: 0 }],
    [{ default: 5 }],
    [{ default: 2.5 }],
    [{ default: 2, byFunction: { XX: 3 } }],
    [{ default: 2, bySubcategory: { 'PR.AA-99': 3 } }],
    [{ default: 2, bySubcategory: { 'PR.AA-01': 0 } }],
  ])('validTargets_%j_IsRefused', (targets) => {
    expect(violatedRule(() => validTargets(targets, shape))).toBe('CAMPAIGN.TARGETS_INVALID');
  });
});

describe('campaign audience', () => {
  const agency = {
    id: 'A1B2C3D4-0000-4000-8000-000000000001',
    tier: 'PROVINCIAL',
    sector: 'HEALTH',
    status: 'ACTIVE',
  };

  it.each([
    [{ kind: 'ALL' as const, values: [] }, true],
    [{ kind: 'TIERS' as const, values: ['PROVINCIAL'] }, true],
    [{ kind: 'TIERS' as const, values: ['FEDERAL'] }, false],
    [{ kind: 'SECTORS' as const, values: ['HEALTH', 'ENERGY'] }, true],
    [{ kind: 'AGENCIES' as const, values: [agency.id] }, true],
  ])('audienceIncludes_%j_%s', (audience, expected) => {
    expect(audienceIncludes(validAudience(audience), agency)).toBe(expected);
  });

  it('audienceIncludes_AnAgencyNotVerified_IsNeverIncluded', () => {
    expect(
      audienceIncludes(validAudience({ kind: 'ALL' }), { ...agency, status: 'PENDING_VERIFICATION' }),
    ).toBe(false);
  });

  it.each([
    [{ kind: 'ALL' as const, values: ['FEDERAL'] }],
    [{ kind: 'TIERS' as const, values: [] }],
    [{ kind: 'TIERS' as const, values: ['HEALTH'] }],
    [{ kind: 'SECTORS' as const, values: ['FEDERAL'] }],
    [{ kind: 'AGENCIES' as const, values: ['not-a-uuid'] }],
  ])('validAudience_%j_IsRefused', (audience) => {
    expect(violatedRule(() => validAudience(audience))).toBe('CAMPAIGN.AUDIENCE_INVALID');
  });
});

describe('Campaign facts', () => {
  it('open_RecordsCampaignOpened_AndClose_RecordsCampaignClosedWithTheFrozenCount', () => {
    const campaign = Campaign.open(details(), shape, 'org', T0);
    expect(campaign.pullRecordedEvents().map((e) => e.constructor.name)).toEqual(['CampaignOpened']);
    campaign.close(4, now);
    const [closed] = campaign.pullRecordedEvents();
    expect(closed).toMatchObject({ frozenAssessments: 4, campaign: { status: 'CLOSED', version: 2 } });
  });
});
