import {
  AgencyRegistered,
  AssessmentSubmitted,
  CampaignOpened,
  exampleDataOf,
  MemberAdded,
  PracticeRejected,
  PracticeSubmitted,
  WebhookDisabled,
  type IntegrationEventDefinition,
} from '@csg/contracts';
import {
  AGENCY,
  DIRECTORY,
  READERS,
  exitCases,
  expectedFields,
  expectedToReceive,
  worldOf,
} from '../../test/egress-matrix.cases';
import type { IntegrationPrincipal } from '../principal';
import { egressDecision, type EgressWorld } from './egress.policy';

const world: EgressWorld = { agency: (id) => DIRECTORY[id], subject: () => undefined };
const clientOf = (
  agency: string | null,
  clearance: IntegrationPrincipal['tlpClearance'] = 'TLP:AMBER+STRICT',
): IntegrationPrincipal => ({
  kind: 'integration',
  clientId: 'c',
  ownerAgencyId: agency,
  eventTypes: [],
  tlpClearance: clearance,
});
const dataOf = (d: IntegrationEventDefinition, overrides: Record<string, unknown>) => ({
  ...exampleDataOf(d),
  ...overrides,
});

describe('egressDecision: the exit matrix, generated from the catalogue', () => {
  const cases = exitCases().flatMap((c) =>
    READERS.map((reader) => [c.definition.type, c.label, reader.name, c, reader] as const),
  );

  it.each(cases)('%s (%s) to %s: received exactly when the API would show it', (_t, _l, _r, c, reader) => {
    const decision = egressDecision(c.definition, c.event, reader.principal, worldOf(c));
    expect(decision.deliver).toBe(expectedToReceive(c, reader));
    if (decision.deliver) expect(Object.keys(decision.data).sort()).toEqual(expectedFields(c, reader).sort());
  });
});

describe('egressDecision: the leaks an outside tester found (issue 17)', () => {
  it('practiceSubmitted_OfAnotherAgencysPracticeUnderReview_DoesNotReachThatOtherAgency', () => {
    const data = dataOf(PracticeSubmitted, {
      ownerAgencyId: AGENCY.owner,
      status: 'SUBMITTED',
      tlp: 'TLP:GREEN',
    });
    expect(egressDecision(PracticeSubmitted, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    expect(egressDecision(PracticeSubmitted, data, clientOf(AGENCY.owner), world).deliver).toBe(true);
  });

  it('practiceRejected_WithTitleSummaryAndReason_ReachesOnlyTheOwningAgencyAndThePlatform', () => {
    const data = dataOf(PracticeRejected, {
      ownerAgencyId: AGENCY.owner,
      status: 'REJECTED',
      tlp: 'TLP:GREEN',
      reason: 'names a vendor',
    });
    expect(egressDecision(PracticeRejected, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    expect(egressDecision(PracticeRejected, data, clientOf(null, 'TLP:GREEN'), world).deliver).toBe(true);
  });

  it('campaignOpened_ForAnotherAgencysAudience_DoesNotReachAnAgencyOutsideIt', () => {
    const data = dataOf(CampaignOpened, { audience: { kind: 'AGENCIES', values: [AGENCY.audience] } });
    expect(egressDecision(CampaignOpened, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    expect(egressDecision(CampaignOpened, data, clientOf(AGENCY.audience), world).deliver).toBe(true);
    const bySector = dataOf(CampaignOpened, { audience: { kind: 'SECTORS', values: ['HEALTH'] } });
    expect(egressDecision(CampaignOpened, bySector, clientOf(AGENCY.other), world).deliver).toBe(true);
    expect(egressDecision(CampaignOpened, bySector, clientOf(AGENCY.owner), world).deliver).toBe(false);
  });

  it('memberAdded_ReachesOnlyTheMembersAgencyWithTheirEmail_AndThePlatformWithoutIt', () => {
    const data = dataOf(MemberAdded, { agencyId: AGENCY.owner });
    expect(egressDecision(MemberAdded, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    expect(egressDecision(MemberAdded, data, clientOf(AGENCY.owner), world)).toEqual({ deliver: true, data });
    const platform = egressDecision(MemberAdded, data, clientOf(null), world);
    expect(platform.deliver && Object.keys(platform.data)).toEqual(
      expect.not.arrayContaining(['email', 'displayName', 'sub', 'title']),
    );
  });

  it('webhookDisabled_OfAnotherAgencysWebhook_DoesNotReachIt', () => {
    const data = dataOf(WebhookDisabled, { ownerAgencyId: AGENCY.owner });
    expect(egressDecision(WebhookDisabled, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    expect(egressDecision(WebhookDisabled, data, clientOf(AGENCY.owner), world).deliver).toBe(true);
    const platformHook = dataOf(WebhookDisabled, { ownerAgencyId: null });
    expect(egressDecision(WebhookDisabled, platformHook, clientOf(AGENCY.owner), world).deliver).toBe(false);
  });

  it('assessmentSubmitted_NeverReachesIntegrations', () => {
    const data = dataOf(AssessmentSubmitted, { agencyId: AGENCY.owner });
    for (const reader of [clientOf(AGENCY.owner), clientOf(null, 'TLP:AMBER+STRICT')])
      expect(egressDecision(AssessmentSubmitted, data, reader, world)).toEqual({
        deliver: false,
        reason: 'NEVER_LEAVES',
      });
  });

  it('anEventTypeWithoutADeclaration_NeverLeaves_EvenWithoutAMarking', () => {
    expect(egressDecision({}, { agencyId: AGENCY.owner }, clientOf(AGENCY.owner), world)).toEqual({
      deliver: false,
      reason: 'UNDECLARED',
    });
  });

  it('aPendingAgency_IsSeenOnlyByItselfAndThePlatform', () => {
    const data = dataOf(AgencyRegistered, { agencyId: AGENCY.owner, status: 'PENDING_VERIFICATION' });
    expect(egressDecision(AgencyRegistered, data, clientOf(AGENCY.other), world).deliver).toBe(false);
    const platform = egressDecision(AgencyRegistered, data, clientOf(null), world);
    expect(platform.deliver && platform.data.contactEmail).toBeUndefined();
  });

  it('aSuspendedAgencysClient_ReceivesNothing_NotEvenItsOwnAgencysEvents', () => {
    const data = dataOf(WebhookDisabled, { ownerAgencyId: AGENCY.suspended });
    expect(egressDecision(WebhookDisabled, data, clientOf(AGENCY.suspended), world)).toEqual({
      deliver: false,
      reason: 'READER_AGENCY_NOT_ACTIVE',
    });
  });
});
