import {
  CampaignClosed as CampaignClosedV1,
  CampaignOpened as CampaignOpenedV1,
  RoadmapItemPlanned as RoadmapItemPlannedV1,
  RoadmapItemStatusChanged as RoadmapItemStatusChangedV1,
} from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import { CampaignClosed, CampaignOpened } from './campaigns/domain/campaign.events';
import { campaignClosedData, campaignOpenedData } from './campaigns/infrastructure/campaign-events.mapper';
import { RoadmapItemPlanned, RoadmapItemStatusChanged } from './roadmaps/domain/roadmap-item.events';
import { roadmapItemData } from './roadmaps/infrastructure/roadmap-events.mapper';

/**
 * What the maturity service publishes for the facts its aggregates record (ADR 14). Campaigns
 * and roadmap items record theirs; assessments, the reminder scheduler and the projections still
 * emit by hand (see the README).
 */
export const MATURITY_OUTBOX = outboxMapping()
  .on(CampaignOpened, CampaignOpenedV1, (fact) => campaignOpenedData(fact.campaign))
  .on(CampaignClosed, CampaignClosedV1, (fact) => campaignClosedData(fact.campaign, fact.frozenAssessments))
  .on(RoadmapItemPlanned, RoadmapItemPlannedV1, (fact) => roadmapItemData(fact.item))
  .on(RoadmapItemStatusChanged, RoadmapItemStatusChangedV1, (fact) =>
    roadmapItemData(fact.item, fact.previousStatus),
  );
