import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { callerOf } from '../../../access/caller.util';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { ReviewAssessmentCommand } from './review-assessment.command';

/** An operator reviews a submitted assessment; `assessment.reviewed` follows from the fact. */
@CommandHandler(ReviewAssessmentCommand)
export class ReviewAssessmentHandler implements ICommandHandler<ReviewAssessmentCommand, AssessmentView> {
  constructor(
    private readonly answers: AssessmentAnswers,
    private readonly changes: AssessmentChanges,
  ) {}

  execute({ assessmentId, comment, actor }: ReviewAssessmentCommand): Promise<AssessmentView> {
    const target = { assessmentId, expectedVersions: undefined, adminOnly: false };
    return this.changes.change(actor, target, async (assessment, now) => {
      const answered = await this.answers.count(assessmentId);
      assessment.review(callerOf(actor).sub, comment ?? null, answered, now);
    });
  }
}
