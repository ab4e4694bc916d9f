import { contextParts } from '@csg/runtime';
import { CampaignAssessments } from './domain/campaign-assessments.port';
import { CampaignFrameworks } from './domain/campaign-frameworks.port';
import { CampaignRepository } from './domain/campaign-repository.port';
import { SqlCampaignAssessments, SqlCampaignFrameworks } from './infrastructure/campaign-ports.sql';
import { TypeOrmCampaignRepository } from './infrastructure/campaign.repository';
import { CloseCampaignController } from './commands/close-campaign/close-campaign.controller';
import { CloseCampaignHandler } from './commands/close-campaign/close-campaign.handler';
import { OpenCampaignController } from './commands/open-campaign/open-campaign.controller';
import { OpenCampaignHandler } from './commands/open-campaign/open-campaign.handler';
import { CampaignProgressController } from './queries/campaign-progress/campaign-progress.controller';
import { CampaignProgressHandler } from './queries/campaign-progress/campaign-progress.handler';
import { GetCampaignController } from './queries/get-campaign/get-campaign.controller';
import { GetCampaignHandler } from './queries/get-campaign/get-campaign.handler';
import { ListCampaignsController } from './queries/list-campaigns/list-campaigns.controller';
import { ListCampaignsHandler } from './queries/list-campaigns/list-campaigns.handler';

/** The campaigns context's routes and handlers. */
export const CAMPAIGN_PARTS = contextParts({
  useCases: [
    [OpenCampaignController, OpenCampaignHandler],
    [ListCampaignsController, ListCampaignsHandler],
    [GetCampaignController, GetCampaignHandler],
    [CloseCampaignController, CloseCampaignHandler],
    [CampaignProgressController, CampaignProgressHandler],
  ],
  providers: [
    { provide: CampaignRepository, useClass: TypeOrmCampaignRepository },
    { provide: CampaignFrameworks, useClass: SqlCampaignFrameworks },
    { provide: CampaignAssessments, useClass: SqlCampaignAssessments },
  ],
});
