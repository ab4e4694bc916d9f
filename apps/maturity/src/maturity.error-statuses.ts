import type { ErrorStatuses } from '@csg/http';
import { ASSESSMENT_ERRORS } from './assessments/domain/assessment.errors';
import { CAMPAIGN_ERRORS } from './campaigns/domain/campaign.errors';
import { DOCUMENT_ERRORS } from './documents/domain/document.errors';
import { FRAMEWORK_ERRORS } from './frameworks/domain/framework.errors';
import { RECOMMENDATION_ERRORS } from './recommendations/domain/recommendation.errors';
import { REPORT_ERRORS } from './reports/domain/report.errors';
import { ROADMAP_ERRORS } from './roadmaps/domain/roadmap.errors';
import type { MaturityErrorCode } from './maturity-rule.violation';

/** The maturity service's edge: every code its rules raise → the HTTP status it answers with. */
export const MATURITY_ERROR_STATUSES: ErrorStatuses<MaturityErrorCode> = {
  [FRAMEWORK_ERRORS.notFound]: 404,
  [FRAMEWORK_ERRORS.notOscalCatalog]: 422,
  [FRAMEWORK_ERRORS.catalogEmpty]: 422,
  [FRAMEWORK_ERRORS.catalogTooLarge]: 422,
  [FRAMEWORK_ERRORS.duplicateIdentifier]: 422,
  [CAMPAIGN_ERRORS.notFound]: 404,
  [CAMPAIGN_ERRORS.windowInvalid]: 422,
  [CAMPAIGN_ERRORS.audienceInvalid]: 422,
  [CAMPAIGN_ERRORS.targetsInvalid]: 422,
  [CAMPAIGN_ERRORS.alreadyClosed]: 409,
  [CAMPAIGN_ERRORS.frameworkUnknown]: 422,
  [ASSESSMENT_ERRORS.notFound]: 404,
  [ASSESSMENT_ERRORS.notAgencyAdmin]: 403,
  [ASSESSMENT_ERRORS.alreadyExists]: 409,
  [ASSESSMENT_ERRORS.notInAudience]: 422,
  [ASSESSMENT_ERRORS.campaignNotRunning]: 409,
  [ASSESSMENT_ERRORS.frozen]: 409,
  [ASSESSMENT_ERRORS.notDraft]: 409,
  [ASSESSMENT_ERRORS.notSubmitted]: 409,
  [ASSESSMENT_ERRORS.nothingAnswered]: 422,
  [ASSESSMENT_ERRORS.answersInvalid]: 422,
  [ASSESSMENT_ERRORS.versionMismatch]: 412,
  [ASSESSMENT_ERRORS.copySourceInvalid]: 422,
  [ASSESSMENT_ERRORS.sharingInvalid]: 422,
  [ASSESSMENT_ERRORS.sharedAgencyUnknown]: 422,
  [ASSESSMENT_ERRORS.diffSourceInvalid]: 422,
  [ROADMAP_ERRORS.itemNotFound]: 404,
  [ROADMAP_ERRORS.datesInvalid]: 422,
  [ROADMAP_ERRORS.subcategoriesInvalid]: 422,
  [ROADMAP_ERRORS.notOwner]: 403,
  [ROADMAP_ERRORS.ownerNotMember]: 422,
  [ROADMAP_ERRORS.versionMismatch]: 412,
  [RECOMMENDATION_ERRORS.noAssessment]: 404,
  [REPORT_ERRORS.campaignNotFound]: 404,
  [REPORT_ERRORS.sessionNotKnown]: 404,
  [DOCUMENT_ERRORS.periodInvalid]: 422,
};
