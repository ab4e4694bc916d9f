import type { Principal } from '@csg/auth';

export class ReviewAssessmentCommand {
  constructor(
    readonly assessmentId: string,
    readonly comment: string | undefined,
    readonly actor: Principal,
  ) {}
}
