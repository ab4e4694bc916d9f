import type { Principal } from '@csg/auth';

export class EditCommentCommand {
  constructor(
    readonly practiceId: string,
    readonly commentId: string,
    readonly body: string,
    readonly expectedVersions: readonly number[] | undefined,
    readonly actor: Principal,
  ) {}
}
