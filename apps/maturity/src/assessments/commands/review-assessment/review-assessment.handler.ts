import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AssessmentReviewed } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { assessmentChangedData } from '../../infrastructure/assessment-events.mapper';
import { AnswerStore } from '../../infrastructure/answer.store';
import { AssessmentRepository } from '../../infrastructure/assessment.repository';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { ReviewAssessmentCommand } from './review-assessment.command';

@CommandHandler(ReviewAssessmentCommand)
export class ReviewAssessmentHandler implements ICommandHandler<ReviewAssessmentCommand, AssessmentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ assessmentId, comment, actor }: ReviewAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async (tx) => {
      const { assessment } = await assessmentForChange(tx.manager, actor, assessmentId, { adminOnly: false });
      const previousVersion = assessment.snapshot().version;
      const by = callerOf(actor).sub;
      assessment.review(by, comment ?? null);
      await new AssessmentRepository(tx.manager).update(assessment, previousVersion);
      tx.emit(
        AssessmentReviewed,
        assessmentChangedData(assessment, await new AnswerStore(tx.manager).count(assessmentId), by),
      );
      return assessmentViewAfter(tx.manager, actor, assessmentId);
    });
  }
}
