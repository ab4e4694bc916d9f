/** A broken inbox or preference rule, with a stable code the service maps at its edge. */
export class InboxRuleViolation extends Error {
  constructor(
    readonly code: InboxErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const INBOX_ERROR_CODES = ['NOTIFICATION.NOT_FOUND', 'PREFERENCES.CATEGORY_REPEATED'] as const;
export type InboxErrorCode = (typeof INBOX_ERROR_CODES)[number];
