import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AssessmentSubmitted } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { assessmentChangedData } from '../../infrastructure/assessment-events.mapper';
import { AnswerStore } from '../../infrastructure/answer.store';
import { AssessmentRepository } from '../../infrastructure/assessment.repository';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { SubmitAssessmentCommand } from './submit-assessment.command';

@CommandHandler(SubmitAssessmentCommand)
export class SubmitAssessmentHandler implements ICommandHandler<SubmitAssessmentCommand, AssessmentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ assessmentId, expectedVersions, actor }: SubmitAssessmentCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async (tx) => {
      const { assessment, campaign } = await assessmentForChange(tx.manager, actor, assessmentId, {
        adminOnly: true,
      });
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const answered = await new AnswerStore(tx.manager).count(assessmentId);
      const by = callerOf(actor).sub;
      assessment.submit(by, answered, campaign.acceptsAnswers());
      await new AssessmentRepository(tx.manager).update(assessment, previousVersion);
      tx.emit(AssessmentSubmitted, assessmentChangedData(assessment, answered, by));
      return assessmentViewAfter(tx.manager, actor, assessmentId);
    });
  }
}
