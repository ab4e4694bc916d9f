import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { VerifiedAgencies } from '../../domain/verified-agencies.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { ShareAssessmentCommand } from './share-assessment.command';

/** The agency's admins choose which other verified agencies read the assessment (its marking follows). */
@CommandHandler(ShareAssessmentCommand)
export class ShareAssessmentHandler implements ICommandHandler<ShareAssessmentCommand, AssessmentView> {
  constructor(
    private readonly changes: AssessmentChanges,
    private readonly agencies: VerifiedAgencies,
  ) {}

  execute({
    assessmentId,
    sharedWithAgencyIds,
    expectedVersions,
    actor,
  }: ShareAssessmentCommand): Promise<AssessmentView> {
    const target = { assessmentId, expectedVersions, adminOnly: true };
    return this.changes.change(actor, target, async (assessment, now) => {
      const verified = await this.agencies.among(sharedWithAgencyIds.map((id) => id.toLowerCase()));
      assessment.shareWith(sharedWithAgencyIds, (id) => verified.has(id), now);
    });
  }
}
