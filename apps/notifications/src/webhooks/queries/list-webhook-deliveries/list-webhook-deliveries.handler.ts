import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { toPage } from '@csg/http';
import { managedBy } from '../../domain/webhook-access.rule';
import { WebhookReader } from '../../domain/webhook.ports';
import { toWebhookDeliveryView, type WebhookDeliveryPageView } from '../webhook-delivery.view';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';

/** The log of a webhook the caller manages; any other webhook is WEBHOOK.NOT_FOUND. */
@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<
  ListWebhookDeliveriesQuery,
  WebhookDeliveryPageView
> {
  constructor(private readonly webhooks: WebhookReader) {}

  async execute({
    webhookId,
    viewer,
    limit,
    after,
  }: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryPageView> {
    managedBy(viewer, await this.webhooks.find(webhookId));
    const rows = await this.webhooks.deliveries(webhookId, limit + 1, after);
    return toPage(rows, limit, (r) => [r.created_at.toISOString(), r.id], toWebhookDeliveryView);
  }
}
