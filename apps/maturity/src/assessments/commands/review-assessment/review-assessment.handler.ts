import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { ReviewAssessmentCommand } from './review-assessment.command';

/** An operator reviews a submitted assessment; `assessment.reviewed` follows from the fact. */
@CommandHandler(ReviewAssessmentCommand)
export class ReviewAssessmentHandler implements ICommandHandler<ReviewAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answers: AssessmentAnswers,
    private readonly changes: AssessmentChanges,
  ) {}

  execute({ assessmentId, comment, actor }: ReviewAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment } = await this.changes.lockForChange(actor, assessmentId, { adminOnly: false });
      const previousVersion = assessment.snapshot().version;
      assessment.review(callerOf(actor).sub, comment ?? null, await this.answers.count(assessmentId));
      await this.assessments.update(assessment, previousVersion);
      return this.changes.viewAfter(actor, assessmentId);
    });
  }
}
