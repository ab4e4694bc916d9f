/** A broken announcement rule, with a stable code the service maps to an HTTP status at its edge. */
export class AnnouncementRuleViolation extends Error {
  constructor(
    readonly code: AnnouncementErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const ANNOUNCEMENT_ERROR_CODES = [
  'ANNOUNCEMENT.AUDIENCE_VALUES_INVALID',
  'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES',
  'ANNOUNCEMENT.MARKING_NEEDS_ONE_AGENCY',
  'ANNOUNCEMENT.RED_NEEDS_RECIPIENTS',
  'ANNOUNCEMENT.RECIPIENTS_ONLY_FOR_RED',
  'ANNOUNCEMENT.PUBLISH_AT_TOO_FAR',
] as const;
export type AnnouncementErrorCode = (typeof ANNOUNCEMENT_ERROR_CODES)[number];
