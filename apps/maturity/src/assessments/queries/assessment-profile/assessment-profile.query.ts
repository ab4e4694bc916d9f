import type { Principal } from '@csg/auth';

export class AssessmentProfileQuery {
  constructor(
    readonly assessmentId: string,
    readonly principal: Principal,
  ) {}
}
