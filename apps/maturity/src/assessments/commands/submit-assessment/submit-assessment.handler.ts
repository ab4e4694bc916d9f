import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { SubmitAssessmentCommand } from './submit-assessment.command';

/** The agency's admins submit a draft over the version they read; `assessment.submitted` follows from the fact. */
@CommandHandler(SubmitAssessmentCommand)
export class SubmitAssessmentHandler implements ICommandHandler<SubmitAssessmentCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answers: AssessmentAnswers,
    private readonly changes: AssessmentChanges,
  ) {}

  execute({ assessmentId, expectedVersions, actor }: SubmitAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment, campaign } = await this.changes.lockForChange(actor, assessmentId, {
        adminOnly: true,
      });
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const answered = await this.answers.count(assessmentId);
      assessment.submit(callerOf(actor).sub, answered, campaign.acceptsAnswers());
      await this.assessments.update(assessment, previousVersion);
      return this.changes.viewAfter(actor, assessmentId);
    });
  }
}
