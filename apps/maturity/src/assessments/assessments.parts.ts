import { contextParts } from '@csg/runtime';
import { AssessmentAnswers } from './domain/assessment-answers.port';
import { AssessmentFrameworks } from './domain/assessment-frameworks.port';
import { AssessmentRepository } from './domain/assessment-repository.port';
import { CampaignAudiences } from './domain/campaign-audiences.port';
import { VerifiedAgencies } from './domain/verified-agencies.port';
import {
  SqlAssessmentAnswers,
  SqlAssessmentFrameworks,
  SqlAssessmentViews,
  SqlCampaignAudiences,
  SqlVerifiedAgencies,
} from './infrastructure/assessment-ports.sql';
import { TypeOrmAssessmentRepository } from './infrastructure/assessment.repository';
import { AssessmentViews } from './queries/assessment-views.port';
import { AssessmentChanges } from './commands/assessment-changes';
import { RecordAnswersController } from './commands/record-answers/record-answers.controller';
import { RecordAnswersHandler } from './commands/record-answers/record-answers.handler';
import { ReviewAssessmentController } from './commands/review-assessment/review-assessment.controller';
import { ReviewAssessmentHandler } from './commands/review-assessment/review-assessment.handler';
import { ShareAssessmentController } from './commands/share-assessment/share-assessment.controller';
import { ShareAssessmentHandler } from './commands/share-assessment/share-assessment.handler';
import { StartAssessmentController } from './commands/start-assessment/start-assessment.controller';
import { StartAssessmentHandler } from './commands/start-assessment/start-assessment.handler';
import { SubmitAssessmentController } from './commands/submit-assessment/submit-assessment.controller';
import { SubmitAssessmentHandler } from './commands/submit-assessment/submit-assessment.handler';
import { AssessmentDiffController } from './queries/assessment-diff/assessment-diff.controller';
import { AssessmentDiffHandler } from './queries/assessment-diff/assessment-diff.handler';
import { AssessmentProfileController } from './queries/assessment-profile/assessment-profile.controller';
import { AssessmentProfileHandler } from './queries/assessment-profile/assessment-profile.handler';
import { GetAssessmentController } from './queries/get-assessment/get-assessment.controller';
import { GetAssessmentHandler } from './queries/get-assessment/get-assessment.handler';
import { ListAgencyAssessmentsController } from './queries/list-agency-assessments/list-agency-assessments.controller';
import { ListAgencyAssessmentsHandler } from './queries/list-agency-assessments/list-agency-assessments.handler';

/** The assessments context's routes and handlers. */
export const ASSESSMENT_PARTS = contextParts({
  useCases: [
    [StartAssessmentController, StartAssessmentHandler],
    [ListAgencyAssessmentsController, ListAgencyAssessmentsHandler],
    [GetAssessmentController, GetAssessmentHandler],
    [RecordAnswersController, RecordAnswersHandler],
    [SubmitAssessmentController, SubmitAssessmentHandler],
    [ReviewAssessmentController, ReviewAssessmentHandler],
    [ShareAssessmentController, ShareAssessmentHandler],
    [AssessmentProfileController, AssessmentProfileHandler],
    [AssessmentDiffController, AssessmentDiffHandler],
  ],
  providers: [
    { provide: AssessmentRepository, useClass: TypeOrmAssessmentRepository },
    { provide: AssessmentAnswers, useClass: SqlAssessmentAnswers },
    { provide: AssessmentFrameworks, useClass: SqlAssessmentFrameworks },
    { provide: CampaignAudiences, useClass: SqlCampaignAudiences },
    { provide: AssessmentViews, useClass: SqlAssessmentViews },
    { provide: VerifiedAgencies, useClass: SqlVerifiedAgencies },
    AssessmentChanges,
  ],
});
