import { WebhookRuleViolation } from '../domain/webhook.errors';
import { parseAllowList, parseWebhookTarget, targetVerdict } from '../domain/webhook-target.rule';
import { ForbiddenTargetError, resolveTarget } from './guarded-http.client';

/**
 * Checks a webhook URL at registration: an http(s) URL whose host, literal or resolved now, is
 * in no IANA special-purpose block, IPv4 carried in IPv6 included (unless WEBHOOK_ALLOW_HOSTS
 * names it; ADR 0061). Deliveries check again on the address they connect to.
 */
export async function checkWebhookTarget(url: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const allow = parseAllowList(env.WEBHOOK_ALLOW_HOSTS);
  const target = parseWebhookTarget(url);
  if (!target)
    throw new WebhookRuleViolation('WEBHOOK.TARGET_INVALID', 'a webhook URL is http(s) without credentials');
  if (target.literal) {
    const verdict = targetVerdict(target.host, target.host, allow);
    if (verdict)
      throw new WebhookRuleViolation('WEBHOOK.TARGET_FORBIDDEN', `the target is a ${verdict} address`);
    return;
  }
  try {
    await resolveTarget(target.host, allow);
  } catch (error) {
    if (error instanceof ForbiddenTargetError)
      throw new WebhookRuleViolation('WEBHOOK.TARGET_FORBIDDEN', error.message);
    throw new WebhookRuleViolation('WEBHOOK.TARGET_UNRESOLVABLE', `${target.host} does not resolve`);
  }
}
