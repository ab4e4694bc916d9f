import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CampaignAssessments } from '../../domain/campaign-assessments.port';
import { CampaignRepository } from '../../domain/campaign-repository.port';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { toCampaignView, type CampaignView } from '../../queries/campaign.view';
import { CloseCampaignCommand } from './close-campaign.command';

/** Closes the campaign and freezes its assessments in the same transaction; `campaign.closed` says how many. */
@CommandHandler(CloseCampaignCommand)
export class CloseCampaignHandler implements ICommandHandler<CloseCampaignCommand, CampaignView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: CampaignRepository,
    private readonly assessments: CampaignAssessments,
    private readonly clock: Clock,
  ) {}

  execute({ campaignId }: CloseCampaignCommand): Promise<CampaignView> {
    return this.unitOfWork.run(async () => {
      const campaign = await this.campaigns.lockById(campaignId);
      if (!campaign) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
      campaign.assertOpen();
      const previous = campaign.snapshot().version;
      campaign.close(await this.assessments.freeze(campaignId), this.clock.now());
      await this.campaigns.update(campaign, previous);
      return toCampaignView(campaign.snapshot());
    });
  }
}
