import { RuleViolation } from '@csg/domain';

export const WEBHOOK_ERROR_CODES = [
  'WEBHOOK.NOT_FOUND',
  'WEBHOOK.DELIVERY_NOT_FOUND',
  'WEBHOOK.TARGET_INVALID',
  'WEBHOOK.TARGET_FORBIDDEN',
  'WEBHOOK.TARGET_UNRESOLVABLE',
] as const;
export type WebhookErrorCode = (typeof WEBHOOK_ERROR_CODES)[number];

/** A broken rule of webhooks: the one RuleViolation, with this context's codes. */
export const WebhookRuleViolation = RuleViolation<WebhookErrorCode>;
export type WebhookRuleViolation = RuleViolation<WebhookErrorCode>;
