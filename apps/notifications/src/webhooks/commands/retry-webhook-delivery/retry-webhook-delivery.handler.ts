import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { managedBy } from '../../domain/webhook-access.rule';
import { WebhookRuleViolation } from '../../domain/webhook.errors';
import { WebhookRepository } from '../../domain/webhook.ports';
import { toWebhookDeliveryView, type WebhookDeliveryView } from '../../queries/webhook-delivery.view';
import { RetryWebhookDeliveryCommand } from './retry-webhook-delivery.command';

/**
 * Queues a delivery for one more attempt now, whatever its state (a success re-enables a disabled
 * endpoint). Only on a webhook the caller manages, and only a delivery of that webhook.
 */
@CommandHandler(RetryWebhookDeliveryCommand)
export class RetryWebhookDeliveryHandler implements ICommandHandler<
  RetryWebhookDeliveryCommand,
  WebhookDeliveryView
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly webhooks: WebhookRepository,
  ) {}

  execute({ webhookId, deliveryId, actor }: RetryWebhookDeliveryCommand): Promise<WebhookDeliveryView> {
    return this.unitOfWork.run(async () => {
      managedBy(actor, await this.webhooks.find(webhookId));
      const delivery = await this.webhooks.retryDelivery(webhookId, deliveryId);
      if (!delivery) throw new WebhookRuleViolation('WEBHOOK.DELIVERY_NOT_FOUND', 'no such delivery');
      return toWebhookDeliveryView(delivery);
    });
  }
}
