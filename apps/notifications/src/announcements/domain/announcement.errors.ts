import { RuleViolation } from '@csg/domain';

export const ANNOUNCEMENT_ERROR_CODES = [
  'ANNOUNCEMENT.AUDIENCE_VALUES_INVALID',
  'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES',
  'ANNOUNCEMENT.MARKING_NEEDS_ONE_AGENCY',
  'ANNOUNCEMENT.RED_NEEDS_RECIPIENTS',
  'ANNOUNCEMENT.RECIPIENTS_ONLY_FOR_RED',
  'ANNOUNCEMENT.PUBLISH_AT_TOO_FAR',
] as const;
export type AnnouncementErrorCode = (typeof ANNOUNCEMENT_ERROR_CODES)[number];

/** A broken rule of announcements: the one RuleViolation, with this context's codes. */
export const AnnouncementRuleViolation = RuleViolation<AnnouncementErrorCode>;
export type AnnouncementRuleViolation = RuleViolation<AnnouncementErrorCode>;
