import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { CampaignRepository } from '../../../campaigns/domain/campaign-repository.port';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { AssessmentViews } from '../../queries/assessment-views.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { ReviewAssessmentCommand } from './review-assessment.command';

/** An operator reviews a submitted assessment; `assessment.reviewed` follows from the fact. */
@CommandHandler(ReviewAssessmentCommand)
export class ReviewAssessmentHandler implements ICommandHandler<ReviewAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answers: AssessmentAnswers,
    private readonly campaigns: CampaignRepository,
    private readonly views: AssessmentViews,
  ) {}

  execute({ assessmentId, comment, actor }: ReviewAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment } = await assessmentForChange(
        { assessments: this.assessments, campaigns: this.campaigns, views: this.views },
        actor,
        assessmentId,
        { adminOnly: false },
      );
      const previousVersion = assessment.snapshot().version;
      assessment.review(callerOf(actor).sub, comment ?? null, await this.answers.count(assessmentId));
      await this.assessments.update(assessment, previousVersion);
      return assessmentViewAfter(this.views, actor, assessmentId);
    });
  }
}
