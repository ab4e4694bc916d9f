import type { Principal } from '@csg/auth';
import { mayManage } from '../../access/caller.util';
import { WebhookRuleViolation } from './webhook.errors';

/**
 * The webhook, if the caller manages it (operators: every one; an agency-admin: their agency's).
 * One they do not manage does not exist for them: WEBHOOK.NOT_FOUND, like an unknown id.
 */
export function managedBy<W extends { owner_agency_id: string | null }>(
  actor: Principal,
  webhook: W | null,
): W {
  if (!webhook || !mayManage(actor, webhook.owner_agency_id))
    throw new WebhookRuleViolation('WEBHOOK.NOT_FOUND', 'no such webhook');
  return webhook;
}
