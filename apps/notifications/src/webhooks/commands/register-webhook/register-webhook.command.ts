import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { RegisterWebhookDto } from './register-webhook.dto';

export class RegisterWebhookCommand {
  constructor(
    readonly request: RegisterWebhookDto,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
