import { RuleViolation } from '@csg/domain';

export const PRACTICE_ERROR_CODES = [
  'PRACTICE.NOT_FOUND',
  'PRACTICE.NOT_OWNER',
  'PRACTICE.VERSION_MISMATCH',
  'PRACTICE.NOT_SUBMITTABLE',
  'PRACTICE.NOT_UNDER_REVIEW',
  'PRACTICE.REVIEWER_IS_AN_AUTHOR',
  'PRACTICE.NOT_REVISABLE',
  'PRACTICE.ALREADY_WITHDRAWN',
  'PRACTICE.UNKNOWN_FRAMEWORK_REFERENCE',
  'PRACTICE.AUDIENCE_MISMATCH',
  'PRACTICE.RED_NEEDS_RECIPIENTS',
  'PRACTICE.SHARED_WITH_OWNER',
  'PRACTICE.UNKNOWN_SESSION',
  'PRACTICE.SESSION_CANCELLED',
] as const;

export type PracticeErrorCode = (typeof PRACTICE_ERROR_CODES)[number];

/** A broken rule of practices: the one RuleViolation, with this context's codes. */
export const PracticeRuleViolation = RuleViolation<PracticeErrorCode>;
export type PracticeRuleViolation = RuleViolation<PracticeErrorCode>;
