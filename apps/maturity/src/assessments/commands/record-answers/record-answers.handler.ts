import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { targetFor } from '../../../campaigns/domain/campaign-targets.value-object';
import { CampaignRepository } from '../../../campaigns/domain/campaign-repository.port';
import { validAnswers } from '../../domain/answer-sheet.rule';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentFrameworks } from '../../domain/assessment-frameworks.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { AssessmentViews } from '../../queries/assessment-views.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentForChange, assessmentViewAfter } from '../assessment-change.util';
import { RecordAnswersCommand } from './record-answers.command';

/**
 * Bulk upsert of answers over the version the caller read (If-Match): checked against the
 * framework and the campaign's targets, written in one statement; every subcategory that now
 * meets its target for the first time is a fact, published as `profile.target-reached`.
 */
@CommandHandler(RecordAnswersCommand)
export class RecordAnswersHandler implements ICommandHandler<RecordAnswersCommand, AssessmentView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answerSheets: AssessmentAnswers,
    private readonly campaigns: CampaignRepository,
    private readonly frameworks: AssessmentFrameworks,
    private readonly views: AssessmentViews,
  ) {}

  execute({ assessmentId, answers, expectedVersions, actor }: RecordAnswersCommand): Promise<AssessmentView> {
    return this.unitOfWork.run(async () => {
      const { assessment, campaign } = await assessmentForChange(
        { assessments: this.assessments, campaigns: this.campaigns, views: this.views },
        actor,
        assessmentId,
        { adminOnly: true },
      );
      assessment.assertVersion(expectedVersions);
      const previousVersion = assessment.snapshot().version;
      const now = new Date();
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
      await this.assessments.update(assessment, previousVersion);
      return assessmentViewAfter(this.views, actor, assessmentId);
    });
  }
}
