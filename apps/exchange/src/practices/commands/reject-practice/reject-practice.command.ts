import type { Principal } from '@csg/auth';

export class RejectPracticeCommand {
  constructor(
    readonly practiceId: string,
    readonly reason: string,
    /** Versions the caller's If-Match accepts; undefined: any. */
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
