import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { CampaignRepository } from '../../../campaigns/domain/campaign-repository.port';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { AssessmentViews } from '../../queries/assessment-views.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { SubmitAssessmentCommand } from './submit-assessment.command';

/** The agency's admins submit a draft over the version they read; `assessment.submitted` follows from the fact. */
@CommandHandler(SubmitAssessmentCommand)
export class SubmitAssessmentHandler implements ICommandHandler<SubmitAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answers: AssessmentAnswers,
    private readonly campaigns: CampaignRepository,
    private readonly views: AssessmentViews,
  ) {}

  execute({ assessmentId, expectedVersions, actor }: SubmitAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment, campaign } = await assessmentForChange(
        { assessments: this.assessments, campaigns: this.campaigns, views: this.views },
        actor,
        assessmentId,
        {
          adminOnly: true,
        },
      );
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const answered = await this.answers.count(assessmentId);
      assessment.submit(callerOf(actor).sub, answered, campaign.acceptsAnswers());
      await this.assessments.update(assessment, previousVersion);
      return assessmentViewAfter(this.views, actor, assessmentId);
    });
  }
}
