import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { AssessmentRepository } from '../../infrastructure/assessment.repository';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { ShareAssessmentCommand } from './share-assessment.command';

/** The agency's admins choose which other agencies read the assessment (its marking follows). */
@CommandHandler(ShareAssessmentCommand)
export class ShareAssessmentHandler implements ICommandHandler<ShareAssessmentCommand, AssessmentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    assessmentId,
    sharedWithAgencyIds,
    expectedVersions,
    actor,
  }: ShareAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async (tx) => {
      const { assessment } = await assessmentForChange(tx.manager, actor, assessmentId, { adminOnly: true });
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      if (assessment.shareWith(sharedWithAgencyIds))
        await new AssessmentRepository(tx.manager).update(assessment, previousVersion);
      return assessmentViewAfter(tx.manager, actor, assessmentId);
    });
  }
}
