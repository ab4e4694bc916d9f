/** Stable codes of the reports context. */
export const REPORT_ERRORS = {
  campaignNotFound: 'REPORT.CAMPAIGN_NOT_FOUND',
  sessionNotKnown: 'REPORT.SESSION_NOT_KNOWN',
} as const;
