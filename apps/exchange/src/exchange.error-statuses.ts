import type { ErrorStatuses } from '@csg/http';
import type { DiscussionErrorCode } from './discussion/domain/discussion.errors';
import type { PracticeErrorCode } from './practices/domain/practice.errors';

/**
 * The exchange service's edge: what HTTP status each of its error codes answers. Typed by the
 * codes, so a new code in domain/ does not compile until it is mapped here.
 */
export const EXCHANGE_ERROR_STATUSES: ErrorStatuses<PracticeErrorCode | DiscussionErrorCode> = {
  'PRACTICE.NOT_FOUND': 404,
  'PRACTICE.NOT_OWNER': 403,
  'PRACTICE.VERSION_MISMATCH': 412,
  'PRACTICE.NOT_SUBMITTABLE': 409,
  'PRACTICE.NOT_UNDER_REVIEW': 409,
  // Who the caller is, not what they sent or the practice's state: refused like NOT_OWNER (ADR 55).
  'PRACTICE.REVIEWER_IS_AN_AUTHOR': 403,
  'PRACTICE.NOT_REVISABLE': 409,
  'PRACTICE.ALREADY_WITHDRAWN': 409,
  'PRACTICE.UNKNOWN_FRAMEWORK_REFERENCE': 422,
  'PRACTICE.AUDIENCE_MISMATCH': 422,
  'PRACTICE.RED_NEEDS_RECIPIENTS': 422,
  'PRACTICE.SHARED_WITH_OWNER': 422,
  'PRACTICE.UNKNOWN_SESSION': 422,
  'PRACTICE.SESSION_CANCELLED': 422,
  'COMMENT.NOT_FOUND': 404,
  'COMMENT.PARENT_NOT_FOUND': 422,
  'COMMENT.REPLY_TOO_DEEP': 422,
  'COMMENT.NOT_AUTHOR': 403,
  'COMMENT.EDIT_WINDOW_CLOSED': 409,
  'COMMENT.REMOVED': 409,
  'COMMENT.VERSION_MISMATCH': 412,
  'ENDORSEMENT.PRACTICE_NOT_PUBLISHED': 409,
  'ENDORSEMENT.OWN_PRACTICE': 422,
  'ENDORSEMENT.NOT_MEMBER': 403,
  'ENDORSEMENT.ALREADY_ENDORSED': 409,
};
