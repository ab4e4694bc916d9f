import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { CampaignListReader } from '../../infrastructure/campaign-list.reader';
import { campaignFromRow } from '../../infrastructure/campaign.repository';
import { toCampaignView, type CampaignView } from '../campaign.view';
import { GetCampaignQuery } from './get-campaign.query';

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery, CampaignView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  /** A campaign the caller's agencies are not part of does not exist for them. */
  async execute({ campaignId, caller }: GetCampaignQuery): Promise<CampaignView> {
    const row = await new CampaignListReader(this.dataSource.manager).visible(caller, campaignId);
    if (!row) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
    return toCampaignView(campaignFromRow(row));
  }
}
