import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { InjectServiceDataSource } from '@csg/persistence';
import type { ManagedOwners } from '../../access/caller.util';
import { WebhookReader, WebhookRepository, type NewestFirstPosition } from '../domain/webhook.ports';
import type { StoredWebhook, WebhookDeliveryRow, WebhookRow } from '../domain/webhook.records';
import { DELIVERY_COLUMNS } from '../queries/webhook-delivery.view';

async function webhookById(manager: EntityManager, id: string, lock: boolean): Promise<StoredWebhook | null> {
  const rows: StoredWebhook[] = await manager.query(
    `SELECT * FROM webhooks WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Webhooks and their deliveries in the running unit of work's transaction. */
@Injectable()
export class SqlWebhookRepository extends WebhookRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  find(id: string): Promise<StoredWebhook | null> {
    return webhookById(this.manager, id, false);
  }

  lock(id: string): Promise<StoredWebhook | null> {
    return webhookById(this.manager, id, true);
  }

  async rotateSecret(
    id: string,
    previousCiphertext: string,
    overlapHours: number,
    secretCiphertext: string,
  ): Promise<WebhookRow> {
    const rows: WebhookRow[] = await this.manager.query(
      `WITH u AS (UPDATE webhooks SET previous_secret_ciphertext = $2, previous_secret_expires_at = now() + make_interval(hours => $3),
         secret_ciphertext = $4, version = version + 1 WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [id, previousCiphertext, overlapHours, secretCiphertext],
    );
    return rows[0];
  }

  async retryDelivery(webhookId: string, deliveryId: string): Promise<WebhookDeliveryRow | null> {
    const updated: Array<{ id: string }> = await this.manager.query(
      `WITH u AS (UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = now(), completed_at = NULL
        WHERE id = $1 AND webhook_id = $2 RETURNING id) SELECT * FROM u`,
      [deliveryId.slice(0, 100), webhookId],
    );
    if (updated.length === 0) return null;
    const rows: WebhookDeliveryRow[] = await this.manager.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.id = $1`,
      [deliveryId],
    );
    return rows[0];
  }
}

/** Webhooks and their delivery logs, read on the service's pool outside any transaction. */
@Injectable()
export class SqlWebhookReader extends WebhookReader {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {
    super();
  }

  find(id: string): Promise<WebhookRow | null> {
    return webhookById(this.dataSource.manager, id, false);
  }

  list(owners: ManagedOwners, limit: number, after?: NewestFirstPosition): Promise<WebhookRow[]> {
    const params: unknown[] = [limit, owners.all, owners.agencyIds];
    if (after) params.push(after[0], after[1]);
    return this.dataSource.query(
      `SELECT * FROM webhooks WHERE ($2 OR owner_agency_id = ANY($3::uuid[]))
         ${after ? 'AND (created_at, id) < ($4::timestamptz, $5::uuid)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
  }

  deliveries(webhookId: string, limit: number, after?: NewestFirstPosition): Promise<WebhookDeliveryRow[]> {
    const params: unknown[] = [webhookId, limit];
    if (after) params.push(after[0], after[1]);
    return this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.webhook_id = $1
         ${after ? 'AND (d.created_at, d.id) < ($3::timestamptz, $4::text)' : ''}
       ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      params,
    );
  }
}
