import type { Principal } from '@csg/auth';
import type { RoadmapItemChanges } from '../../domain/roadmap-item.aggregate';

export class ChangeRoadmapItemCommand {
  constructor(
    readonly itemId: string,
    readonly changes: RoadmapItemChanges,
    readonly expectedVersions: number[] | undefined,
    readonly actor: Principal,
  ) {}
}
