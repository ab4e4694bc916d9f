import {
  AGENCY_A,
  AGENCY_B,
  codeOf,
  inMemoryWebhooks,
  member,
  operator,
} from '../../../../test/in-memory-webhooks.fixture';
import { RetryWebhookDeliveryCommand } from './retry-webhook-delivery.command';
import { RetryWebhookDeliveryHandler } from './retry-webhook-delivery.handler';

describe('RetryWebhookDeliveryHandler', () => {
  const setup = () => {
    const ports = inMemoryWebhooks();
    const webhook = ports.store.given({ owner_agency_id: AGENCY_A });
    const delivery = ports.store.givenDelivery(webhook.id);
    return {
      ...ports,
      webhook,
      delivery,
      handler: new RetryWebhookDeliveryHandler(ports.unitOfWork, ports.repository),
    };
  };

  it('Retry_ByTheOwnersAgencyAdmin_QueuesTheSameDeliveryForAnotherAttemptNow', async () => {
    const { handler, store, webhook, delivery } = setup();
    const view = await handler.execute(
      new RetryWebhookDeliveryCommand(webhook.id, delivery.id, member(AGENCY_A, 'agency-admin')),
    );
    expect(view).toMatchObject({ id: delivery.id, status: 'PENDING', attempts: 8, completedAt: null });
    expect(view.nextAttemptAt).not.toBeNull();
    expect(view.attemptLog).toHaveLength(1);
    expect(store.deliveries.get(delivery.id)).toMatchObject({ status: 'PENDING', completed_at: null });
  });

  it('Retry_ByAnOperator_IsAllowedOnAnyAgencysWebhook', async () => {
    const { handler, webhook, delivery } = setup();
    const view = await handler.execute(new RetryWebhookDeliveryCommand(webhook.id, delivery.id, operator()));
    expect(view.status).toBe('PENDING');
  });

  it('Retry_OnAWebhookTheCallerDoesNotManage_IsWebhookNotFound_AndLeavesTheDeliveryAlone', async () => {
    const { handler, store, webhook, delivery } = setup();
    const attempt = handler.execute(
      new RetryWebhookDeliveryCommand(webhook.id, delivery.id, member(AGENCY_B, 'agency-admin')),
    );
    expect(await codeOf(attempt)).toBe('WEBHOOK.NOT_FOUND');
    expect(store.deliveries.get(delivery.id)?.status).toBe('GAVE_UP');
  });

  it('Retry_ADeliveryOfAnotherWebhook_IsDeliveryNotFound', async () => {
    const { handler, store, webhook } = setup();
    const other = store.given({ owner_agency_id: AGENCY_A });
    const elsewhere = store.givenDelivery(other.id);
    const attempt = handler.execute(new RetryWebhookDeliveryCommand(webhook.id, elsewhere.id, operator()));
    expect(await codeOf(attempt)).toBe('WEBHOOK.DELIVERY_NOT_FOUND');
    expect(store.deliveries.get(elsewhere.id)?.status).toBe('GAVE_UP');
  });

  it('Retry_AnUnknownDelivery_IsDeliveryNotFound', async () => {
    const { handler, webhook } = setup();
    const attempt = handler.execute(new RetryWebhookDeliveryCommand(webhook.id, 'msg_unknown', operator()));
    expect(await codeOf(attempt)).toBe('WEBHOOK.DELIVERY_NOT_FOUND');
  });
});
