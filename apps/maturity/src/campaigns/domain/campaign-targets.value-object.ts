import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { CAMPAIGN_ERRORS } from './campaign.errors';

export const MIN_TARGET = 1;
export const MAX_TARGET = 4;

/** The campaign's target tiers: one default, overridden per function, then per subcategory. */
export interface CampaignTargets {
  default: number;
  byFunction: Record<string, number>;
  bySubcategory: Record<string, number>;
}

/** What the targets may name: the framework's functions and subcategories. */
export interface FrameworkShape {
  functionIds: readonly string[];
  subcategoryIds: readonly string[];
}

/** TargetsNameOnlyTheFrameworksFunctionsAndSubcategoriesWithTiersFrom1To4. */
export function validTargets(
  given: { default: number; byFunction?: Record<string, number>; bySubcategory?: Record<string, number> },
  framework: FrameworkShape,
): CampaignTargets {
  const problems: string[] = [];
  const tier = (where: string, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < MIN_TARGET || (value as number) > MAX_TARGET) {
      problems.push(`${where} must be a whole tier from ${MIN_TARGET} to ${MAX_TARGET}`);
    }
  };
  tier('targets.default', given.default);
  const functions = new Set(framework.functionIds);
  const subcategories = new Set(framework.subcategoryIds);
  for (const [id, value] of Object.entries(given.byFunction ?? {})) {
    if (!functions.has(id)) problems.push(`targets.byFunction names ${id}, not a function of the framework`);
    tier(`targets.byFunction.${id}`, value);
  }
  for (const [id, value] of Object.entries(given.bySubcategory ?? {})) {
    if (!subcategories.has(id))
      problems.push(`targets.bySubcategory names ${id}, not a subcategory of the framework`);
    tier(`targets.bySubcategory.${id}`, value);
  }
  if (problems.length > 0)
    throw new MaturityRuleViolation(CAMPAIGN_ERRORS.targetsInvalid, `${problems.join('; ')}.`);
  return {
    default: given.default,
    byFunction: { ...given.byFunction },
    bySubcategory: { ...given.bySubcategory },
  };
}

/** TheMostSpecificTargetWins: the subcategory's, else its function's, else the default. */
export function targetFor(targets: CampaignTargets, subcategoryId: string, functionId: string): number {
  return targets.bySubcategory[subcategoryId] ?? targets.byFunction[functionId] ?? targets.default;
}
