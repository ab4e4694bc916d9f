/** A broken webhook or integration rule, with a stable code the service maps at its edge. */
export class WebhookRuleViolation extends Error {
  constructor(
    readonly code: WebhookErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const WEBHOOK_ERROR_CODES = [
  'WEBHOOK.NOT_FOUND',
  'WEBHOOK.DELIVERY_NOT_FOUND',
  'WEBHOOK.TARGET_INVALID',
  'WEBHOOK.TARGET_FORBIDDEN',
  'WEBHOOK.TARGET_UNRESOLVABLE',
] as const;
export type WebhookErrorCode = (typeof WEBHOOK_ERROR_CODES)[number];
