import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { CampaignListReader } from '../../infrastructure/campaign-list.reader';
import { campaignFromRow } from '../../infrastructure/campaign.repository';
import { toCampaignView, type CampaignView } from '../campaign.view';
import { ListCampaignsQuery } from './list-campaigns.query';

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery, Page<CampaignView>> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ caller, status, limit, after }: ListCampaignsQuery): Promise<Page<CampaignView>> {
    const rows = await new CampaignListReader(this.dataSource.manager).list(
      caller,
      { status },
      limit + 1,
      after,
    );
    return toPage(
      rows,
      limit,
      (r) => [r.sortKey, r.id],
      (r) => toCampaignView(campaignFromRow(r)),
    );
  }
}
