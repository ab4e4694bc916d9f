import type { Principal } from '@csg/auth';

export class WithdrawPracticeCommand {
  constructor(
    readonly practiceId: string,
    /** Versions the caller's If-Match accepts; undefined: any. */
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
