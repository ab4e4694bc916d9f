import type { Principal } from '@csg/auth';

export class RemoveCommentCommand {
  constructor(
    readonly practiceId: string,
    readonly commentId: string,
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
