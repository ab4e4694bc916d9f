import type { Principal } from '@csg/auth';

export class RecommendPracticesQuery {
  constructor(
    readonly agencyId: string,
    readonly assessmentId: string | undefined,
    readonly principal: Principal,
  ) {}
}
