import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { targetFor } from '../../../campaigns/domain/campaign-targets.value-object';
import { validAnswers } from '../../domain/answer-sheet.rule';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentFrameworks } from '../../domain/assessment-frameworks.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { RecordAnswersCommand } from './record-answers.command';

/**
 * Bulk upsert of answers over the version the caller read (If-Match): checked against the
 * framework and the campaign's targets, written in one statement; every subcategory that now
 * meets its target for the first time is a fact, published as `profile.target-reached`.
 */
@CommandHandler(RecordAnswersCommand)
export class RecordAnswersHandler implements ICommandHandler<RecordAnswersCommand, AssessmentView> {
  constructor(
    private readonly answerSheets: AssessmentAnswers,
    private readonly frameworks: AssessmentFrameworks,
    private readonly changes: AssessmentChanges,
  ) {}

  execute({ assessmentId, answers, expectedVersions, actor }: RecordAnswersCommand): Promise<AssessmentView> {
    const target = { assessmentId, expectedVersions, adminOnly: true };
    return this.changes.change(actor, target, async (assessment, now) => {
      const campaign = await this.changes.campaignOf(assessment);
      const acceptsAnswers = campaign.acceptsAnswers(now);
      assessment.assertTakesAnswers(acceptsAnswers);
      const subcategories = await this.frameworks.subcategoriesOf(assessment.snapshot().frameworkId);
      const targets = campaign.snapshot().targets;
      const valid = validAnswers(answers, {
        campaignTargetOf: (id) => {
          const functionId = subcategories?.functionOf(id);
          return functionId === undefined ? undefined : targetFor(targets, id, functionId);
        },
      });
      const before = await this.answerSheets.existing(
        assessmentId,
        valid.map((a) => a.subcategoryId),
      );
      assessment.recordAnswers(acceptsAnswers, now, { before, after: valid });
      await this.answerSheets.upsert(assessmentId, valid, now);
    });
  }
}
