import { anonymisedRelease, type CampaignSubmitter, type ReportGrouping } from './anonymised-release.rule';

/** A group's figures as the report computes them: agency count and means over the agencies. */
export interface GroupFigures {
  key: string;
  agencies: number;
  current: number | null;
  target: number | null;
  gap: number | null;
}

export type ShownGroup =
  | ({ suppressed: false } & GroupFigures)
  | { key: string; suppressed: true; agencies: null; current: null; target: null; gap: null };

/**
 * The groups of one grouping as a reader sees them: organisers (named reports) every group;
 * agency members only those the campaign's anonymised release admits (ADR 0052), the others
 * with their key and no figures, as small groups always were shown.
 */
export function groupsShown(
  groupBy: ReportGrouping,
  groups: readonly GroupFigures[],
  viewer: { named: true } | { named: false; submitters: readonly CampaignSubmitter[] },
): ShownGroup[] {
  const release = viewer.named ? null : anonymisedRelease(viewer.submitters);
  return groups.map((g) =>
    release === null || release.isReleased(groupBy, g.key, g.agencies)
      ? {
          key: g.key,
          suppressed: false,
          agencies: g.agencies,
          current: g.current,
          target: g.target,
          gap: g.gap,
        }
      : { key: g.key, suppressed: true, agencies: null, current: null, target: null, gap: null },
  );
}
