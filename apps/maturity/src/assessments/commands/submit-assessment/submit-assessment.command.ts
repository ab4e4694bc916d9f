import type { Principal } from '@csg/auth';

export class SubmitAssessmentCommand {
  constructor(
    readonly assessmentId: string,
    readonly expectedVersions: number[] | undefined,
    readonly actor: Principal,
  ) {}
}
