import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CampaignRepository } from '../../../campaigns/domain/campaign-repository.port';
import { CAMPAIGN_ERRORS } from '../../../campaigns/domain/campaign.errors';
import { AssessmentAnswers } from '../../domain/assessment-answers.port';
import { AssessmentRepository } from '../../domain/assessment-repository.port';
import { Assessment } from '../../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../../domain/assessment.errors';
import { CampaignAudiences } from '../../domain/campaign-audiences.port';
import type { AssessmentView } from '../../queries/assessment.view';
import { AssessmentChanges } from '../assessment-changes';
import { StartAssessmentCommand } from './start-assessment.command';

/** An agency-admin starts the agency's assessment in a campaign whose audience includes the agency. */
@CommandHandler(StartAssessmentCommand)
export class StartAssessmentHandler implements ICommandHandler<
  StartAssessmentCommand,
  IdempotentOutcome<AssessmentView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly answers: AssessmentAnswers,
    private readonly campaigns: CampaignRepository,
    private readonly audiences: CampaignAudiences,
    private readonly changes: AssessmentChanges,
    private readonly clock: Clock,
  ) {}

  execute({
    agencyId,
    campaignId,
    copyFrom,
    actor,
    idempotency,
  }: StartAssessmentCommand): Promise<IdempotentOutcome<AssessmentView>> {
    const now = this.clock.now();
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const campaign = await this.campaigns.lockById(campaignId, 'for_key_share');
        if (!campaign) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
        if (!(await this.audiences.includes(campaignId, agencyId))) {
          throw new MaturityRuleViolation(
            ASSESSMENT_ERRORS.notInAudience,
            "The campaign's audience does not include this agency.",
          );
        }
        const source = copyFrom ? await this.assessments.findById(copyFrom) : null;
        if (copyFrom && !source) {
          throw new MaturityRuleViolation(
            ASSESSMENT_ERRORS.copySourceInvalid,
            'copyFrom names no assessment of this agency.',
          );
        }
        const s = campaign.snapshot();
        const assessment = Assessment.start(
          agencyId,
          { id: s.id, frameworkId: s.frameworkId, acceptsAnswers: campaign.acceptsAnswers(now) },
          callerOf(actor).sub,
          source ? source.snapshot() : null,
          now,
        );
        await this.assessments.insert(assessment);
        if (source) await this.answers.copy(source.id, assessment.id, now);
        return this.changes.viewAfter(actor, assessment.id);
      }),
    );
  }
}
