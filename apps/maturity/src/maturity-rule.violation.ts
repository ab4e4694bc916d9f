import { RuleViolation } from '@csg/domain';
import type { ASSESSMENT_ERRORS } from './assessments/domain/assessment.errors';
import type { CAMPAIGN_ERRORS } from './campaigns/domain/campaign.errors';
import type { DOCUMENT_ERRORS } from './documents/domain/document.errors';
import type { FRAMEWORK_ERRORS } from './frameworks/domain/framework.errors';
import type { RECOMMENDATION_ERRORS } from './recommendations/domain/recommendation.errors';
import type { REPORT_ERRORS } from './reports/domain/report.errors';
import type { ROADMAP_ERRORS } from './roadmaps/domain/roadmap.errors';

type CodeOf<Codes> = Codes[keyof Codes];

/** Every stable code of the maturity service's contexts (its edge maps each to a status). */
export type MaturityErrorCode =
  | CodeOf<typeof ASSESSMENT_ERRORS>
  | CodeOf<typeof CAMPAIGN_ERRORS>
  | CodeOf<typeof DOCUMENT_ERRORS>
  | CodeOf<typeof FRAMEWORK_ERRORS>
  | CodeOf<typeof RECOMMENDATION_ERRORS>
  | CodeOf<typeof REPORT_ERRORS>
  | CodeOf<typeof ROADMAP_ERRORS>;

/** A broken rule of the maturity service: the one RuleViolation, with the service's codes. */
export const MaturityRuleViolation = RuleViolation<MaturityErrorCode>;
export type MaturityRuleViolation = RuleViolation<MaturityErrorCode>;
