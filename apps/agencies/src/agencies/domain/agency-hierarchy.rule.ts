import { AgencyRuleViolation } from './agency.errors';
import { tierRank, type AgencyTier } from './agency-tier.value-object';

/** What the rule needs to know about a would-be parent: its tier and its own ancestors. */
export interface ParentFacts {
  id: string;
  tier: AgencyTier;
  /** The parent's parent, its parent, … up to the root. */
  ancestorIds: readonly string[];
}

/**
 * AgencyHierarchyHasNoCycles and ParentIsNeverLowerInTier: an agency is never its own ancestor,
 * its parent's tier is at least its own, and none of its children's tiers is above its own.
 */
export function assertValidPlacement(
  agency: { id: string; tier: AgencyTier },
  parent: ParentFacts | null,
  childTiers: readonly AgencyTier[] = [],
): void {
  if (parent && (parent.id === agency.id || parent.ancestorIds.includes(agency.id))) {
    throw new AgencyRuleViolation(
      'AGENCY.HIERARCHY_CYCLE',
      'An agency cannot sit under itself or under one of its own sub-agencies.',
    );
  }
  if (parent && tierRank(parent.tier) < tierRank(agency.tier)) {
    throw new AgencyRuleViolation(
      'AGENCY.PARENT_TIER_TOO_LOW',
      `A ${agency.tier.toLowerCase()} agency cannot sit under a ${parent.tier.toLowerCase()} one.`,
    );
  }
  const higherChild = childTiers.find((tier) => tierRank(tier) > tierRank(agency.tier));
  if (higherChild) {
    throw new AgencyRuleViolation(
      'AGENCY.CHILD_TIER_TOO_HIGH',
      `A ${higherChild.toLowerCase()} sub-agency cannot sit under a ${agency.tier.toLowerCase()} agency.`,
    );
  }
}
