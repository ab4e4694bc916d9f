/** A broken e-mail rule, with a stable code the service maps to an HTTP status at its edge. */
export class MailRuleViolation extends Error {
  constructor(
    readonly code: MailErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const MAIL_ERROR_CODES = ['UNSUBSCRIBE.LINK_INVALID'] as const;
export type MailErrorCode = (typeof MAIL_ERROR_CODES)[number];
