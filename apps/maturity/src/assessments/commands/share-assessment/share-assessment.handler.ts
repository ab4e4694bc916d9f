import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { CampaignRepository } from '../../../campaigns/domain/campaign-repository.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { AssessmentViews } from '../../queries/assessment-views.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { ShareAssessmentCommand } from './share-assessment.command';

/** The agency's admins choose which other agencies read the assessment (its marking follows). */
@CommandHandler(ShareAssessmentCommand)
export class ShareAssessmentHandler implements ICommandHandler<ShareAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly campaigns: CampaignRepository,
    private readonly views: AssessmentViews,
  ) {}

  execute({
    assessmentId,
    sharedWithAgencyIds,
    expectedVersions,
    actor,
  }: ShareAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment } = await assessmentForChange(
        { assessments: this.assessments, campaigns: this.campaigns, views: this.views },
        actor,
        assessmentId,
        { adminOnly: true },
      );
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      if (assessment.shareWith(sharedWithAgencyIds))
        await this.assessments.update(assessment, previousVersion);
      return assessmentViewAfter(this.views, actor, assessmentId);
    });
  }
}
