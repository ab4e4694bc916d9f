import { RuleViolation } from '@csg/domain';

export const INBOX_ERROR_CODES = ['NOTIFICATION.NOT_FOUND', 'PREFERENCES.CATEGORY_REPEATED'] as const;
export type InboxErrorCode = (typeof INBOX_ERROR_CODES)[number];

/** A broken rule of inboxes and preferences: the one RuleViolation, with this context's codes. */
export const InboxRuleViolation = RuleViolation<InboxErrorCode>;
export type InboxRuleViolation = RuleViolation<InboxErrorCode>;
