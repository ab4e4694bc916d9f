import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';

export class PostCommentCommand {
  constructor(
    readonly practiceId: string,
    readonly body: string,
    readonly parentId: string | undefined,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
