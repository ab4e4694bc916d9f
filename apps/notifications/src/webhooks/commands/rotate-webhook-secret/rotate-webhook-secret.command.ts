import type { Principal } from '@csg/auth';

/** A new signing secret for a webhook; the current one keeps signing for the overlap. */
export class RotateWebhookSecretCommand {
  constructor(
    readonly webhookId: string,
    readonly actor: Principal,
  ) {}
}
