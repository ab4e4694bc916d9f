import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CampaignOpened } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { FrameworkStore } from '../../../frameworks/infrastructure/framework.store';
import { Campaign } from '../../domain/campaign.aggregate';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { campaignOpenedData } from '../../infrastructure/campaign-events.mapper';
import { CampaignRepository } from '../../infrastructure/campaign.repository';
import { toCampaignView, type CampaignView } from '../../queries/campaign.view';
import { OpenCampaignCommand } from './open-campaign.command';

@CommandHandler(OpenCampaignCommand)
export class OpenCampaignHandler implements ICommandHandler<
  OpenCampaignCommand,
  IdempotentOutcome<CampaignView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    details,
    organiserSub,
    idempotency,
  }: OpenCampaignCommand): Promise<IdempotentOutcome<CampaignView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const shape = await new FrameworkStore(tx.manager).shape(details.frameworkId);
        if (!shape) {
          throw new MaturityRuleViolation(
            CAMPAIGN_ERRORS.frameworkUnknown,
            `No framework ${details.frameworkId}.`,
          );
        }
        const campaign = Campaign.open(
          details,
          { functionIds: shape.functionIds, subcategoryIds: [...shape.subcategories.keys()] },
          organiserSub,
        );
        await new CampaignRepository(tx.manager).insert(campaign);
        tx.emit(CampaignOpened, campaignOpenedData(campaign.snapshot()));
        return toCampaignView(campaign.snapshot());
      }),
    );
  }
}
