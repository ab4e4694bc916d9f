import type { ManagedOwners } from '../../access/caller.util';
import type { StoredWebhook, WebhookDeliveryRow, WebhookRow } from './webhook.records';

/** A keyset position: (created_at as ISO text, id). */
export type NewestFirstPosition = readonly [string, string];

/** Webhooks and their deliveries in the running unit of work's transaction. */
export abstract class WebhookRepository {
  abstract find(id: string): Promise<StoredWebhook | null>;
  /** The webhook, locked for the transaction (two rotations never both keep the same previous secret). */
  abstract lock(id: string): Promise<StoredWebhook | null>;
  /**
   * Makes `secretCiphertext` the signing secret; `previousCiphertext` keeps signing for
   * `overlapHours` more. Answers the webhook as it now is.
   */
  abstract rotateSecret(
    id: string,
    previousCiphertext: string,
    overlapHours: number,
    secretCiphertext: string,
  ): Promise<WebhookRow>;
  /** Queues the webhook's delivery for one more attempt now; null when the webhook has no such delivery. */
  abstract retryDelivery(webhookId: string, deliveryId: string): Promise<WebhookDeliveryRow | null>;
}

/** Webhooks and their delivery logs as read outside a transaction, newest first. */
export abstract class WebhookReader {
  abstract find(id: string): Promise<WebhookRow | null>;
  /** `limit` webhooks of `owners` below the (created_at, id) position `after`. */
  abstract list(owners: ManagedOwners, limit: number, after?: NewestFirstPosition): Promise<WebhookRow[]>;
  /** `limit` deliveries of one webhook, each with its attempts, below the (created_at, id) position `after`. */
  abstract deliveries(
    webhookId: string,
    limit: number,
    after?: NewestFirstPosition,
  ): Promise<WebhookDeliveryRow[]>;
}
