import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProfileTargetReached } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { targetFor } from '../../../campaigns/domain/campaign-targets.value-object';
import { FrameworkStore } from '../../../frameworks/infrastructure/framework.store';
import { targetsReached, validAnswers } from '../../domain/answer-sheet.rule';
import { targetReachedData } from '../../infrastructure/assessment-events.mapper';
import { AnswerStore } from '../../infrastructure/answer.store';
import { AssessmentRepository } from '../../infrastructure/assessment.repository';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { RecordAnswersCommand } from './record-answers.command';

/**
 * Bulk upsert of answers over the version the caller read (If-Match): checked against the
 * framework and the campaign's targets, written in one statement; every subcategory that now
 * meets its target for the first time emits `profile.target-reached`.
 */
@CommandHandler(RecordAnswersCommand)
export class RecordAnswersHandler implements ICommandHandler<RecordAnswersCommand, AssessmentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ assessmentId, answers, expectedVersions, actor }: RecordAnswersCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async (tx) => {
      const { assessment, campaign } = await assessmentForChange(tx.manager, actor, assessmentId, {
        adminOnly: true,
      });
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const now = new Date();
      assessment.recordAnswers(campaign.acceptsAnswers(now), now);
      const shape = await new FrameworkStore(tx.manager).shape(assessment.snapshot().frameworkId);
      const targets = campaign.snapshot().targets;
      const valid = validAnswers(answers, {
        campaignTargetOf: (id) => {
          const node = shape?.subcategories.get(id);
          return node ? targetFor(targets, id, node.functionId) : undefined;
        },
      });
      const store = new AnswerStore(tx.manager);
      const before = await store.existing(
        assessmentId,
        valid.map((a) => a.subcategoryId),
      );
      await store.upsert(assessmentId, valid, now);
      await new AssessmentRepository(tx.manager).update(assessment, previousVersion);
      for (const reached of targetsReached(before, valid)) {
        tx.emit(ProfileTargetReached, targetReachedData(assessment, reached));
      }
      return assessmentViewAfter(tx.manager, actor, assessmentId);
    });
  }
}
