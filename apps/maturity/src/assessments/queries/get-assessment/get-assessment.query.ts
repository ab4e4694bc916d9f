import type { Principal } from '@csg/auth';

export class GetAssessmentQuery {
  constructor(
    readonly assessmentId: string,
    readonly principal: Principal,
  ) {}
}
