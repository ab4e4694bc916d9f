import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CampaignClosed } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { campaignClosedData } from '../../infrastructure/campaign-events.mapper';
import { CampaignRepository } from '../../infrastructure/campaign.repository';
import { toCampaignView, type CampaignView } from '../../queries/campaign.view';
import { CloseCampaignCommand } from './close-campaign.command';

/** Closes the campaign and freezes its assessments in the same transaction (one set-based UPDATE). */
@CommandHandler(CloseCampaignCommand)
export class CloseCampaignHandler implements ICommandHandler<CloseCampaignCommand, CampaignView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ campaignId }: CloseCampaignCommand): Promise<CampaignView> {
    return this.unitOfWork.run(async (tx) => {
      const campaigns = new CampaignRepository(tx.manager);
      const campaign = await campaigns.lockById(campaignId);
      if (!campaign) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
      const previous = campaign.snapshot().version;
      campaign.close();
      await campaigns.update(campaign, previous);
      const [, frozen]: [unknown, number] = await tx.manager.query(
        `UPDATE assessments SET frozen = true WHERE campaign_id = $1 AND NOT frozen`,
        [campaignId],
      );
      tx.emit(CampaignClosed, campaignClosedData(campaign.snapshot(), frozen));
      return toCampaignView(campaign.snapshot());
    });
  }
}
