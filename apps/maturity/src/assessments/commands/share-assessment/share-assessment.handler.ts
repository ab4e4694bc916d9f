import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { VerifiedAgencies } from '../../domain/verified-agencies.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { ShareAssessmentCommand } from './share-assessment.command';

/** The agency's admins choose which other verified agencies read the assessment (its marking follows). */
@CommandHandler(ShareAssessmentCommand)
export class ShareAssessmentHandler implements ICommandHandler<ShareAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly changes: AssessmentChanges,
    private readonly agencies: VerifiedAgencies,
  ) {}

  execute({
    assessmentId,
    sharedWithAgencyIds,
    expectedVersions,
    actor,
  }: ShareAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment } = await this.changes.lockForChange(actor, assessmentId, { adminOnly: true });
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const verified = await this.agencies.among(sharedWithAgencyIds.map((id) => id.toLowerCase()));
      if (assessment.shareWith(sharedWithAgencyIds, (id) => verified.has(id)))
        await this.assessments.update(assessment, previousVersion);
      return this.changes.viewAfter(actor, assessmentId);
    });
  }
}
