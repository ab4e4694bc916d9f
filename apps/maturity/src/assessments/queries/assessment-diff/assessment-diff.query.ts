import type { Principal } from '@csg/auth';

export class AssessmentDiffQuery {
  constructor(
    readonly assessmentId: string,
    readonly againstId: string,
    readonly principal: Principal,
  ) {}
}
