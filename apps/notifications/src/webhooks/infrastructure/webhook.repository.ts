import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { mayManage } from '../../access/caller.util';
import { WebhookRuleViolation } from '../domain/webhook.errors';
import type { WebhookRow } from '../queries/webhook.view';

/** The webhook `id` if the caller manages it (locked for this transaction), else WEBHOOK.NOT_FOUND (404). */
export async function managedWebhook(
  manager: EntityManager,
  id: string,
  actor: Principal,
  lock = false,
): Promise<WebhookRow & { secret_ciphertext: string }> {
  const rows: Array<WebhookRow & { secret_ciphertext: string }> = await manager.query(
    `SELECT * FROM webhooks WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0] || !mayManage(actor, rows[0].owner_agency_id))
    throw new WebhookRuleViolation('WEBHOOK.NOT_FOUND', 'no such webhook');
  return rows[0];
}
