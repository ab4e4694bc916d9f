import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';

export class EndorsePracticeCommand {
  constructor(
    readonly practiceId: string,
    readonly agencyId: string,
    readonly note: string | undefined,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
