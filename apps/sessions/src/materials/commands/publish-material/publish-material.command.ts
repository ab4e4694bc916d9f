import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { PublishMaterialDto } from './publish-material.dto';

export class PublishMaterialCommand {
  constructor(
    readonly sessionId: string,
    readonly material: PublishMaterialDto,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
