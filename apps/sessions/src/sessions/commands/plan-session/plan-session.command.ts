import type { IdempotencyRequest } from '@csg/http';
import type { SessionDetails } from '../../domain/session.aggregate';

/** Plans a session as a DRAFT (organisers and platform-admins). */
export class PlanSessionCommand {
  constructor(
    readonly details: SessionDetails,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
