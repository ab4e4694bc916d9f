import type { Principal } from '@csg/auth';

export class DraftRoadmapQuery {
  constructor(
    readonly assessmentId: string,
    readonly principal: Principal,
  ) {}
}
