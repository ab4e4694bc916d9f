/** Stable codes of the assessments context. */
export const ASSESSMENT_ERRORS = {
  notFound: 'ASSESSMENT.NOT_FOUND',
  notAgencyAdmin: 'ASSESSMENT.NOT_AGENCY_ADMIN',
  alreadyExists: 'ASSESSMENT.ALREADY_EXISTS',
  notInAudience: 'ASSESSMENT.AGENCY_NOT_IN_AUDIENCE',
  campaignNotRunning: 'ASSESSMENT.CAMPAIGN_NOT_RUNNING',
  frozen: 'ASSESSMENT.FROZEN',
  notDraft: 'ASSESSMENT.NOT_DRAFT',
  notSubmitted: 'ASSESSMENT.NOT_SUBMITTED',
  nothingAnswered: 'ASSESSMENT.NOTHING_ANSWERED',
  answersInvalid: 'ASSESSMENT.ANSWERS_INVALID',
  versionMismatch: 'ASSESSMENT.VERSION_MISMATCH',
  copySourceInvalid: 'ASSESSMENT.COPY_SOURCE_INVALID',
  sharingInvalid: 'ASSESSMENT.SHARING_INVALID',
  sharedAgencyUnknown: 'ASSESSMENT.SHARED_AGENCY_UNKNOWN',
  diffSourceInvalid: 'ASSESSMENT.DIFF_SOURCE_INVALID',
} as const;
