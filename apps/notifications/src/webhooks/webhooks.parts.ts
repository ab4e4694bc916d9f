import { contextParts } from '@csg/runtime';
import { RegisterWebhookController } from './commands/register-webhook/register-webhook.controller';
import { RegisterWebhookHandler } from './commands/register-webhook/register-webhook.handler';
import { RetryWebhookDeliveryController } from './commands/retry-webhook-delivery/retry-webhook-delivery.controller';
import { RetryWebhookDeliveryHandler } from './commands/retry-webhook-delivery/retry-webhook-delivery.handler';
import { RotateWebhookSecretController } from './commands/rotate-webhook-secret/rotate-webhook-secret.controller';
import { RotateWebhookSecretHandler } from './commands/rotate-webhook-secret/rotate-webhook-secret.handler';
import { WebhookReader, WebhookRepository } from './domain/webhook.ports';
import { WebhookDispatcher } from './infrastructure/webhook.dispatcher';
import { SqlWebhookReader, SqlWebhookRepository } from './infrastructure/webhook.repository';
import { ListWebhookDeliveriesController } from './queries/list-webhook-deliveries/list-webhook-deliveries.controller';
import { ListWebhookDeliveriesHandler } from './queries/list-webhook-deliveries/list-webhook-deliveries.handler';
import { ListWebhooksController } from './queries/list-webhooks/list-webhooks.controller';
import { ListWebhooksHandler } from './queries/list-webhooks/list-webhooks.handler';

/** The webhooks context: integrators' webhooks, their signed deliveries and retries. */
export const WEBHOOK_PARTS = contextParts({
  useCases: [
    [RegisterWebhookController, RegisterWebhookHandler],
    [ListWebhooksController, ListWebhooksHandler],
    [ListWebhookDeliveriesController, ListWebhookDeliveriesHandler],
    [RetryWebhookDeliveryController, RetryWebhookDeliveryHandler],
    [RotateWebhookSecretController, RotateWebhookSecretHandler],
  ],
  providers: [
    { provide: WebhookRepository, useClass: SqlWebhookRepository },
    { provide: WebhookReader, useClass: SqlWebhookReader },
    WebhookDispatcher,
  ],
});
