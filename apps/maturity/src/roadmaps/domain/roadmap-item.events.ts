import type { RoadmapItemState, RoadmapStatus } from './roadmap-item.aggregate';

/** An item was added to an agency's roadmap (the item as planned). */
export class RoadmapItemPlanned {
  constructor(readonly item: Readonly<RoadmapItemState>) {}
}

/** An item's status changed (the item after the change, and the status it left). */
export class RoadmapItemStatusChanged {
  constructor(
    readonly item: Readonly<RoadmapItemState>,
    readonly previousStatus: RoadmapStatus,
  ) {}
}

export type RoadmapItemEvent = RoadmapItemPlanned | RoadmapItemStatusChanged;
