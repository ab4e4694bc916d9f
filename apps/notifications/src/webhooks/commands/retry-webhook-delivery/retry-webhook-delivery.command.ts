import type { Principal } from '@csg/auth';

/** Sends one of a webhook's deliveries again now, with the same webhook-id. */
export class RetryWebhookDeliveryCommand {
  constructor(
    readonly webhookId: string,
    readonly deliveryId: string,
    readonly actor: Principal,
  ) {}
}
