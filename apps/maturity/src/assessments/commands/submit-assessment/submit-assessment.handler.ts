import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { callerOf } from '../../../access/caller.util';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { SubmitAssessmentCommand } from './submit-assessment.command';

/** The agency's admins submit a draft over the version they read; `assessment.submitted` follows from the fact. */
@CommandHandler(SubmitAssessmentCommand)
export class SubmitAssessmentHandler implements ICommandHandler<SubmitAssessmentCommand, AssessmentView> {
  constructor(
    private readonly answers: AssessmentAnswers,
    private readonly changes: AssessmentChanges,
  ) {}

  execute({ assessmentId, expectedVersions, actor }: SubmitAssessmentCommand): Promise<AssessmentView> {
    const target = { assessmentId, expectedVersions, adminOnly: true };
    return this.changes.change(actor, target, async (assessment, now) => {
      const campaign = await this.changes.campaignOf(assessment);
      const answered = await this.answers.count(assessmentId);
      assessment.submit(callerOf(actor).sub, answered, campaign.acceptsAnswers(now), now);
    });
  }
}
