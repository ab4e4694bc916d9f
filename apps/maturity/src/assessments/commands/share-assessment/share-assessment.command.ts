import type { Principal } from '@csg/auth';

export class ShareAssessmentCommand {
  constructor(
    readonly assessmentId: string,
    readonly sharedWithAgencyIds: string[],
    readonly expectedVersions: number[] | undefined,
    readonly actor: Principal,
  ) {}
}
