import { CampaignClosed as CampaignClosedV1, CampaignOpened as CampaignOpenedV1 } from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { CampaignClosed, CampaignOpened } from './campaigns/domain/campaign.events';
import { campaignClosedData, campaignOpenedData } from './campaigns/infrastructure/campaign-events.mapper';

/**
 * What the maturity service publishes for the facts its aggregates record (ADR 14). Campaigns
 * record theirs; the other contexts still emit by hand in their handlers (listed in the README).
 */
export const MATURITY_OUTBOX = outboxMapping()
  .on(CampaignOpened, CampaignOpenedV1, (fact) => campaignOpenedData(fact.campaign))
  .on(CampaignClosed, CampaignClosedV1, (fact) => campaignClosedData(fact.campaign, fact.frozenAssessments));
