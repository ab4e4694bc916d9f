import { violatedRule } from '@csg/domain';
import { Agency, type AgencyDetails } from './agency.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const details: AgencyDetails = {
  name: ' Home Department ',
  acronym: 'HD',
  tier: 'FEDERAL',
  sector: 'HOME_AFFAIRS',
  contactEmail: 'Ops@HD.gov.pk',
};
const applicant = { sub: 'alice', displayName: 'Alice', email: 'alice@hd.gov.pk' };
const T1 = new Date('2026-01-01T00:00:00Z');
const T2 = new Date('2026-01-02T00:00:00Z');

describe('Agency', () => {
  describe('registration', () => {
    it('register_ByAnOperator_IsActiveAtVersion1WithNormalisedDetails', () => {
      const agency = Agency.register(details, null, T1).snapshot();
      expect(agency).toMatchObject({
        status: 'ACTIVE',
        version: 1,
        name: 'Home Department',
        jurisdiction: null,
        website: null,
        contactEmail: 'ops@hd.gov.pk',
        applicant: null,
        createdAt: T1,
      });
    });

    it('apply_ByASignedInPerson_IsPendingVerificationAndRemembersTheApplicant', () => {
      const agency = Agency.apply(details, null, applicant, T1).snapshot();
      expect(agency).toMatchObject({ status: 'PENDING_VERIFICATION', version: 1, applicant });
    });

    it.each(['PROVINCIAL', 'DEPARTMENTAL'] as const)('register_%sWithoutJurisdiction_IsRefused', (tier) => {
      expect(violatedRule(() => Agency.register({ ...details, tier, jurisdiction: '  ' }, null, now))).toBe(
        'AGENCY.JURISDICTION_REQUIRED',
      );
    });

    it('register_DepartmentalWithJurisdiction_KeepsIt', () => {
      const agency = Agency.register(
        { ...details, tier: 'DEPARTMENTAL', jurisdiction: ' Punjab ' },
        null,
        now,
      );
      expect(agency.snapshot().jurisdiction).toBe('Punjab');
    });

    it('register_UnderAParentOfLowerTier_IsRefused', () => {
      const parent = { id: 'p', tier: 'DEPARTMENTAL' as const, ancestorIds: [] };
      expect(violatedRule(() => Agency.register(details, parent, now))).toBe('AGENCY.PARENT_TIER_TOO_LOW');
    });
  });

  describe('status transitions', () => {
    it('verify_Pending_BecomesActiveAndHandsBackTheApplicant', () => {
      const agency = Agency.apply(details, null, applicant, T1);
      expect(agency.verify(T2)).toEqual(applicant);
      expect(agency.snapshot()).toMatchObject({ status: 'ACTIVE', version: 2, updatedAt: T2 });
    });

    it('verify_AlreadyActive_IsRefused', () => {
      expect(violatedRule(() => Agency.register(details, null, now).verify(now))).toBe('AGENCY.NOT_PENDING');
    });

    it('suspendThenReinstate_Active_GoesToSuspendedAndBack', () => {
      const agency = Agency.register(details, null, now);
      agency.suspend(now);
      expect(agency.snapshot()).toMatchObject({ status: 'SUSPENDED', version: 2 });
      agency.reinstate(now);
      expect(agency.snapshot()).toMatchObject({ status: 'ACTIVE', version: 3 });
    });

    it('suspend_Pending_IsRefused', () => {
      expect(violatedRule(() => Agency.apply(details, null, applicant, now).suspend(now))).toBe(
        'AGENCY.NOT_ACTIVE',
      );
    });

    it('reinstate_Active_IsRefused', () => {
      expect(violatedRule(() => Agency.register(details, null, now).reinstate(now))).toBe(
        'AGENCY.NOT_SUSPENDED',
      );
    });
  });

  describe('update', () => {
    it('update_WithChanges_BumpsTheVersionOnce', () => {
      const agency = Agency.register(details, null, T1);
      expect(agency.update({ name: 'Home Dept', website: 'https://hd.gov.pk' }, undefined, T2)).toBe(true);
      expect(agency.snapshot()).toMatchObject({
        name: 'Home Dept',
        website: 'https://hd.gov.pk',
        version: 2,
        updatedAt: T2,
      });
    });

    it('update_WithTheSameValues_ChangesNothing', () => {
      const agency = Agency.register(details, null, T1);
      expect(agency.update({ name: 'Home Department', contactEmail: 'OPS@hd.gov.pk' }, undefined, now)).toBe(
        false,
      );
      expect(agency.snapshot().version).toBe(1);
    });

    it('update_ClearingTheJurisdictionOfAProvincialAgency_IsRefused', () => {
      const agency = Agency.register({ ...details, tier: 'PROVINCIAL', jurisdiction: 'Sindh' }, null, now);
      expect(violatedRule(() => agency.update({ jurisdiction: null }, undefined, now))).toBe(
        'AGENCY.JURISDICTION_REQUIRED',
      );
      expect(agency.snapshot()).toMatchObject({ jurisdiction: 'Sindh', version: 1 });
    });

    it('update_DemotingBelowAChildTier_IsRefused', () => {
      const agency = Agency.register(details, null, now);
      const placement = { parent: null, childTiers: ['PROVINCIAL' as const] };
      const change = () => agency.update({ tier: 'DEPARTMENTAL', jurisdiction: 'Punjab' }, placement, now);
      expect(violatedRule(change)).toBe('AGENCY.CHILD_TIER_TOO_HIGH');
    });

    it('update_MovingUnderItsOwnDescendant_IsRefused', () => {
      const agency = Agency.register(details, null, now);
      const descendant = { id: 'child', tier: 'FEDERAL' as const, ancestorIds: [agency.id] };
      const change = () =>
        agency.update({ parentAgencyId: 'child' }, { parent: descendant, childTiers: [] }, now);
      expect(violatedRule(change)).toBe('AGENCY.HIERARCHY_CYCLE');
    });
  });

  describe('assertVersion (If-Match)', () => {
    it('assertVersion_NoExpectation_Passes', () => {
      expect(() => Agency.register(details, null, now).assertVersion(undefined)).not.toThrow();
    });

    it('assertVersion_StaleVersion_IsAMismatch', () => {
      const agency = Agency.register(details, null, now);
      agency.suspend(now);
      expect(violatedRule(() => agency.assertVersion([1]))).toBe('AGENCY.VERSION_MISMATCH');
      expect(() => agency.assertVersion([1, 2])).not.toThrow();
    });
  });
});
