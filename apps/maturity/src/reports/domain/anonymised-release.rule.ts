import { DerivableSums } from './derivable-groups.rule';
import { groupIsShown } from './small-group.rule';

export const REPORT_GROUPINGS = ['function', 'tier', 'sector'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** An agency whose submitted assessment counts in a campaign's report, as groupings see it. */
export interface CampaignSubmitter {
  agencyId: string;
  tier: string;
  sector: string;
  /** The functions it answered at least one applicable subcategory of. */
  functionIds: readonly string[];
}

export interface ReportGroup {
  groupBy: ReportGrouping;
  key: string;
  agencyIds: string[];
}

/** Which groups of a campaign's report agency members may see (every grouping decided at once). */
export interface AnonymisedRelease {
  /** Released, and of the size decided on (a group counted differently is never released). */
  isReleased(groupBy: ReportGrouping, key: string, agencies: number): boolean;
}

/** The groups each grouping of a campaign's report has, with the agencies in each. */
export function reportGroupsOf(submitters: readonly CampaignSubmitter[]): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  const add = (groupBy: ReportGrouping, key: string, agencyId: string) => {
    const id = `${groupBy}\u0000${key}`;
    const group = groups.get(id) ?? { groupBy, key, agencyIds: [] };
    group.agencyIds.push(agencyId);
    groups.set(id, group);
  };
  for (const s of submitters) {
    for (const functionId of new Set(s.functionIds)) add('function', functionId, s.agencyId);
    add('tier', s.tier, s.agencyId);
    add('sector', s.sector, s.agencyId);
  }
  return [...groups.values()];
}

/**
 * AnonymisedReportsNeverSingleOutFewerThanThreeAgencies (ADR 0052). Primary suppression hides
 * groups of fewer than three; complementary suppression then hides any further group that would
 * let a combination of figures of the same campaign (within a grouping or across groupings, and
 * with the population's total, which a reader is assumed to know) describe one or two agencies.
 * Groups are admitted largest first (then function, tier, sector; then by key), each only if the
 * figures admitted so far stay safe; so the smallest groups are the ones given up, the decision
 * depends on membership only (never on scores), and every grouping of a campaign agrees with the others.
 */
export function anonymisedRelease(submitters: readonly CampaignSubmitter[]): AnonymisedRelease {
  const population = [...new Set(submitters.map((s) => s.agencyId))];
  const candidates = reportGroupsOf(submitters)
    .filter((group) => groupIsShown(group.agencyIds.length, false))
    .sort(
      (a, b) =>
        b.agencyIds.length - a.agencyIds.length ||
        REPORT_GROUPINGS.indexOf(a.groupBy) - REPORT_GROUPINGS.indexOf(b.groupBy) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  let known = DerivableSums.over(population, [population, ...candidates.map((g) => g.agencyIds)]);
  if (groupIsShown(population.length, false)) known = known.with(population);
  const released = new Map<string, number>();
  for (const group of candidates) {
    const next = known.with(group.agencyIds);
    if (next !== known && next.singledOut().length > 0) continue;
    known = next;
    released.set(`${group.groupBy}\u0000${group.key}`, group.agencyIds.length);
  }
  return { isReleased: (groupBy, key, agencies) => released.get(`${groupBy}\u0000${key}`) === agencies };
}
