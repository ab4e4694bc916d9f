import type { IdempotencyRequest } from '@csg/http';
import type { RoadmapItemDetails } from '../../domain/roadmap-item.aggregate';

export class PlanRoadmapItemCommand {
  constructor(
    readonly agencyId: string,
    readonly details: RoadmapItemDetails,
    readonly actorSub: string,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
