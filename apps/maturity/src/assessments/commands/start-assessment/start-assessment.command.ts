import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';

export class StartAssessmentCommand {
  constructor(
    readonly agencyId: string,
    readonly campaignId: string,
    readonly copyFrom: string | undefined,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
