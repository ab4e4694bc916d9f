import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { PracticeDraft } from '../../domain/practice.aggregate';

/** Drafts a practice for its owning agency. */
export class CreatePracticeCommand {
  constructor(
    readonly draft: PracticeDraft,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
