import { MIN_ANONYMOUS_GROUP } from './small-group.rule';

/** Below this many agencies on either side, a comparison is reported as too small to compare. */
export const MIN_COMPARISON_GROUP = MIN_ANONYMOUS_GROUP;

export interface GroupChange {
  agencies: number;
  /** Mean change in current tier between the baseline and the later campaign; null without agencies. */
  meanChange: number | null;
}

export type ImpactVerdict = 'COMPARABLE' | 'TOO_FEW_AGENCIES';

/**
 * AnImpactComparisonSaysWhenItCannotCompare: both groups need at least three agencies that
 * answered the subcategory as applicable in both campaigns; otherwise the difference is not
 * given (the means still are, with their counts).
 */
export function compareImpact(
  attended: GroupChange,
  notAttended: GroupChange,
): {
  verdict: ImpactVerdict;
  difference: number | null;
} {
  const enough = attended.agencies >= MIN_COMPARISON_GROUP && notAttended.agencies >= MIN_COMPARISON_GROUP;
  if (!enough || attended.meanChange === null || notAttended.meanChange === null) {
    return { verdict: 'TOO_FEW_AGENCIES', difference: null };
  }
  return {
    verdict: 'COMPARABLE',
    difference: Math.round((attended.meanChange - notAttended.meanChange) * 100) / 100,
  };
}
