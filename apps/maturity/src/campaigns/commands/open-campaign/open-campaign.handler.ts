import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CampaignFrameworks } from '../../domain/campaign-frameworks.port';
import { CampaignRepository } from '../../domain/campaign-repository.port';
import { Campaign } from '../../domain/campaign.aggregate';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { toCampaignView, type CampaignView } from '../../queries/campaign.view';
import { OpenCampaignCommand } from './open-campaign.command';

/** Opens a campaign on a known framework; `campaign.opened` follows from the fact it records. */
@CommandHandler(OpenCampaignCommand)
export class OpenCampaignHandler implements ICommandHandler<
  OpenCampaignCommand,
  IdempotentOutcome<CampaignView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: CampaignRepository,
    private readonly frameworks: CampaignFrameworks,
    private readonly clock: Clock,
  ) {}

  execute({
    details,
    organiserSub,
    idempotency,
  }: OpenCampaignCommand): Promise<IdempotentOutcome<CampaignView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const shape = await this.frameworks.shapeOf(details.frameworkId);
        if (!shape)
          throw new MaturityRuleViolation(
            CAMPAIGN_ERRORS.frameworkUnknown,
            `No framework ${details.frameworkId}.`,
          );
        const campaign = Campaign.open(details, shape, organiserSub, this.clock.now());
        await this.campaigns.insert(campaign);
        return toCampaignView(campaign.snapshot());
      }),
    );
  }
}
