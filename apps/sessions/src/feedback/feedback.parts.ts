import { contextParts } from '@csg/runtime';
import { SubmitFeedbackController } from './commands/submit-feedback/submit-feedback.controller';
import { SubmitFeedbackHandler } from './commands/submit-feedback/submit-feedback.handler';
import { FeedbackRepository } from './domain/feedback-repository.port';
import { TypeOrmFeedbackRepository } from './infrastructure/feedback.repository';
import { GetFeedbackSummaryController } from './queries/get-feedback-summary/get-feedback-summary.controller';
import { GetFeedbackSummaryHandler } from './queries/get-feedback-summary/get-feedback-summary.handler';

/** The feedback context: attendees' feedback on a completed session and its summary. */
export const FEEDBACK_PARTS = contextParts({
  useCases: [
    [SubmitFeedbackController, SubmitFeedbackHandler],
    [GetFeedbackSummaryController, GetFeedbackSummaryHandler],
  ],
  providers: [{ provide: FeedbackRepository, useClass: TypeOrmFeedbackRepository }],
});
