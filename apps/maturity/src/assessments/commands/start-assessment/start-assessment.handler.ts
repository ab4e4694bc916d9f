import { heldTransaction } from '@csg/messaging';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { callerOf } from '../../../access/caller.util';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { CAMPAIGN_ERRORS } from '../../../campaigns/domain/campaign.errors';
import { audienceIncludesSql } from '../../../campaigns/infrastructure/audience.sql';
import { TypeOrmCampaignRepository } from '../../../campaigns/infrastructure/campaign.repository';
import { Assessment } from '../../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../../domain/assessment.errors';
import { AnswerStore } from '../../infrastructure/answer.store';
import { AssessmentRepository } from '../../infrastructure/assessment.repository';
import type { AssessmentView } from '../../queries/assessment.view';
import { assessmentViewAfter } from '../assessment-change.util';
import { StartAssessmentCommand } from './start-assessment.command';

/** An agency-admin starts the agency's assessment in a campaign whose audience includes the agency. */
@CommandHandler(StartAssessmentCommand)
export class StartAssessmentHandler implements ICommandHandler<
  StartAssessmentCommand,
  IdempotentOutcome<AssessmentView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    agencyId,
    campaignId,
    copyFrom,
    actor,
    idempotency,
  }: StartAssessmentCommand): Promise<IdempotentOutcome<AssessmentView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const campaign = await new TypeOrmCampaignRepository(heldTransaction(tx.manager)).lockById(
          campaignId,
          'for_key_share',
        );
        if (!campaign) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
        if (!(await inAudience(tx.manager, campaignId, agencyId))) {
          throw new MaturityRuleViolation(
            ASSESSMENT_ERRORS.notInAudience,
            "The campaign's audience does not include this agency.",
          );
        }
        const assessments = new AssessmentRepository(tx.manager);
        const source = copyFrom ? await assessments.findById(copyFrom) : null;
        if (copyFrom && !source) {
          throw new MaturityRuleViolation(
            ASSESSMENT_ERRORS.copySourceInvalid,
            'copyFrom names no assessment of this agency.',
          );
        }
        const s = campaign.snapshot();
        const assessment = Assessment.start(
          agencyId,
          { id: s.id, frameworkId: s.frameworkId, acceptsAnswers: campaign.acceptsAnswers() },
          callerOf(actor).sub,
          source ? source.snapshot() : null,
        );
        await assessments.insert(assessment);
        if (source) await new AnswerStore(tx.manager).copy(source.id, assessment.id, new Date());
        return assessmentViewAfter(tx.manager, actor, assessment.id);
      }),
    );
  }
}

async function inAudience(manager: EntityManager, campaignId: string, agencyId: string): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM campaigns c JOIN agency_directory d ON d.agency_id = $2 WHERE c.id = $1 AND ${audienceIncludesSql('c', 'd')}`,
    [campaignId, agencyId],
  );
  return rows.length > 0;
}
