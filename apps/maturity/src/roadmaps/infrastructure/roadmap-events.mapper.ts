import type { RoadmapItemData, RoadmapItemDueData } from '@csg/contracts';
import type { RoadmapItemState, RoadmapStatus } from '../domain/roadmap-item.aggregate';

/** Roadmaps are not shared: their events are TLP:AMBER+STRICT (ADR 0045). */
export const ROADMAP_MARKING = 'TLP:AMBER+STRICT' as const;

export function roadmapItemData(
  s: Readonly<RoadmapItemState>,
  previousStatus?: RoadmapStatus,
): RoadmapItemData {
  return {
    itemId: s.id,
    agencyId: s.agencyId,
    title: s.title,
    subcategoryIds: [...s.subcategoryIds],
    ownerSub: s.ownerSub,
    priority: s.priority,
    dueOn: s.dueOn,
    status: s.status,
    ...(previousStatus ? { previousStatus } : {}),
    tlp: ROADMAP_MARKING,
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}

/** The row of a roadmap item a due reminder is made from. */
export interface DueRoadmapItemRow {
  id: string;
  agencyId: string;
  title: string;
  ownerSub: string | null;
  dueOn: string;
  status: RoadmapStatus;
}

export function roadmapItemDueData(
  row: DueRoadmapItemRow,
  daysBefore: number,
  now: Date,
): RoadmapItemDueData {
  return {
    itemId: row.id,
    agencyId: row.agencyId,
    title: row.title,
    ownerSub: row.ownerSub,
    dueOn: row.dueOn,
    daysBefore,
    status: row.status,
    tlp: ROADMAP_MARKING,
    occurredAt: now.toISOString(),
  };
}
