import { RuleViolation } from '@csg/domain';

export const DISCUSSION_ERROR_CODES = [
  'COMMENT.NOT_FOUND',
  'COMMENT.PARENT_NOT_FOUND',
  'COMMENT.REPLY_TOO_DEEP',
  'COMMENT.NOT_AUTHOR',
  'COMMENT.EDIT_WINDOW_CLOSED',
  'COMMENT.REMOVED',
  'COMMENT.VERSION_MISMATCH',
  'ENDORSEMENT.PRACTICE_NOT_PUBLISHED',
  'ENDORSEMENT.OWN_PRACTICE',
  'ENDORSEMENT.NOT_MEMBER',
  'ENDORSEMENT.ALREADY_ENDORSED',
] as const;

export type DiscussionErrorCode = (typeof DISCUSSION_ERROR_CODES)[number];

/** A broken rule of the discussion (comments, endorsements): the one RuleViolation, with this context's codes. */
export const DiscussionRuleViolation = RuleViolation<DiscussionErrorCode>;
export type DiscussionRuleViolation = RuleViolation<DiscussionErrorCode>;
