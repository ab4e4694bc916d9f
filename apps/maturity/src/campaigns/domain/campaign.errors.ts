/** Stable codes of the campaigns context. */
export const CAMPAIGN_ERRORS = {
  notFound: 'CAMPAIGN.NOT_FOUND',
  windowInvalid: 'CAMPAIGN.WINDOW_INVALID',
  audienceInvalid: 'CAMPAIGN.AUDIENCE_INVALID',
  targetsInvalid: 'CAMPAIGN.TARGETS_INVALID',
  alreadyClosed: 'CAMPAIGN.ALREADY_CLOSED',
  frameworkUnknown: 'CAMPAIGN.FRAMEWORK_UNKNOWN',
} as const;
