import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CAMPAIGN_ERRORS } from '../../domain/campaign.errors';
import { CampaignProgressReader } from '../../infrastructure/campaign-progress.reader';
import { CampaignProgressQuery } from './campaign-progress.query';
import { toProgressView, type CampaignProgressView } from './campaign-progress.view';

@QueryHandler(CampaignProgressQuery)
export class CampaignProgressHandler implements IQueryHandler<
  CampaignProgressQuery,
  Page<CampaignProgressView>
> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ campaignId, limit, after }: CampaignProgressQuery): Promise<Page<CampaignProgressView>> {
    const [exists] = await this.dataSource.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    if (!exists) throw new MaturityRuleViolation(CAMPAIGN_ERRORS.notFound, 'No such campaign.');
    const rows = await new CampaignProgressReader(this.dataSource.manager).list(campaignId, limit + 1, after);
    return toPage(rows, limit, (r) => [r.sortName, r.agencyId], toProgressView);
  }
}
