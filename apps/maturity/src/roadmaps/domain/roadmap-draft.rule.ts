import type {
  CalendarDate,
  RoadmapEffort,
  RoadmapItemDetails,
  RoadmapPriority,
} from './roadmap-item.aggregate';

export const MAX_DRAFT_ITEMS = 5;

/** A gap as the profile query returns it, in priority order. */
export interface DraftGap {
  subcategoryId: string;
  categoryId: string;
  categoryName: string;
  current: number;
  target: number;
  gap: number;
  priority: number;
}

/** A proposed item: nothing is saved until the agency creates it. */
export type DraftItem = Omit<RoadmapItemDetails, 'ownerSub' | 'practiceIds' | 'sessionId'> & {
  reason: string;
};

const PRIORITY_BY_RANK: RoadmapPriority[] = ['P1', 'P1', 'P2', 'P3', 'P4'];
const DAYS_BY_PRIORITY: Record<RoadmapPriority, number> = { P1: 90, P2: 180, P3: 270, P4: 365 };

/**
 * TheDraftClosesTheLargestGapsFirst: the gaps (already in priority order) grouped by category,
 * one item per category, the categories in the order of their first gap, at most five items.
 * Earlier items get a higher priority and an earlier due date; effort grows with the tiers to gain.
 */
export function draftRoadmap(gaps: readonly DraftGap[], today: CalendarDate): DraftItem[] {
  const byCategory = new Map<string, DraftGap[]>();
  for (const gap of gaps) {
    if (gap.gap <= 0) continue;
    byCategory.set(gap.categoryId, [...(byCategory.get(gap.categoryId) ?? []), gap]);
  }
  return [...byCategory.values()].slice(0, MAX_DRAFT_ITEMS).map((group, rank) => {
    const priority = PRIORITY_BY_RANK[rank] ?? 'P4';
    const tiers = group.reduce((sum, g) => sum + g.gap, 0);
    const first = group[0];
    const dueOn = addDays(today, DAYS_BY_PRIORITY[priority]);
    return {
      title: `Raise ${first.categoryName} (${first.categoryId}) to target`,
      description: group.map((g) => `${g.subcategoryId}: tier ${g.current} → ${g.target}`).join('\n'),
      subcategoryIds: group.map((g) => g.subcategoryId),
      priority,
      effort: effortFor(tiers),
      startsOn: today,
      dueOn,
      milestones: [],
      reason: `${group.length} subcategor${group.length === 1 ? 'y' : 'ies'} of ${first.categoryId} lack ${tiers} tier${tiers === 1 ? '' : 's'} in total; the largest gap is ${first.subcategoryId} (${first.gap}).`,
    };
  });
}

/** XS for one tier to gain, up to XL for more than twelve. */
export function effortFor(tiers: number): RoadmapEffort {
  if (tiers <= 1) return 'XS';
  if (tiers <= 3) return 'S';
  if (tiers <= 6) return 'M';
  if (tiers <= 12) return 'L';
  return 'XL';
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
