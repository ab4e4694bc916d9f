import { RuleViolation } from '@csg/domain';

export const MAIL_ERROR_CODES = ['UNSUBSCRIBE.LINK_INVALID'] as const;
export type MailErrorCode = (typeof MAIL_ERROR_CODES)[number];

/** A broken rule of e-mail: the one RuleViolation, with this context's codes. */
export const MailRuleViolation = RuleViolation<MailErrorCode>;
export type MailRuleViolation = RuleViolation<MailErrorCode>;
