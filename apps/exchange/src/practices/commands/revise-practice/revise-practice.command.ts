import type { Principal } from '@csg/auth';
import type { PracticeChanges } from '../../domain/practice.aggregate';

export class RevisePracticeCommand {
  constructor(
    readonly practiceId: string,
    readonly changes: PracticeChanges,
    /** Versions the caller's If-Match accepts; undefined: any. */
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
