import {
  AssessmentReviewed as AssessmentReviewedV1,
  AssessmentSubmitted as AssessmentSubmittedV1,
  CampaignClosed as CampaignClosedV1,
  CampaignOpened as CampaignOpenedV1,
  ProfileTargetReached as ProfileTargetReachedV1,
  RoadmapItemPlanned as RoadmapItemPlannedV1,
  RoadmapItemStatusChanged as RoadmapItemStatusChangedV1,
} from '@csg/contracts';
import { outboxMapping } from '@csg/messaging';
import {
  AssessmentReviewed,
  AssessmentSubmitted,
  ProfileTargetReached,
} from './assessments/domain/assessment.events';
import {
  assessmentChangedData,
  targetReachedData,
} from './assessments/infrastructure/assessment-events.mapper';
import { CampaignClosed, CampaignOpened } from './campaigns/domain/campaign.events';
import { campaignClosedData, campaignOpenedData } from './campaigns/infrastructure/campaign-events.mapper';
import { RoadmapItemPlanned, RoadmapItemStatusChanged } from './roadmaps/domain/roadmap-item.events';
import { roadmapItemData } from './roadmaps/infrastructure/roadmap-events.mapper';

/**
 * What the maturity service publishes for the facts its aggregates record (ADR 14). Campaigns,
 * assessments and roadmap items record theirs; the reminder scheduler and the projections still
 * emit by hand (see the README).
 */
export const MATURITY_OUTBOX = outboxMapping()
  .on(CampaignOpened, CampaignOpenedV1, (fact) => campaignOpenedData(fact.campaign))
  .on(CampaignClosed, CampaignClosedV1, (fact) => campaignClosedData(fact.campaign, fact.frozenAssessments))
  .on(AssessmentSubmitted, AssessmentSubmittedV1, (fact) =>
    assessmentChangedData(fact.assessment, fact.answered, fact.by),
  )
  .on(AssessmentReviewed, AssessmentReviewedV1, (fact) =>
    assessmentChangedData(fact.assessment, fact.answered, fact.by),
  )
  .on(ProfileTargetReached, ProfileTargetReachedV1, (fact) => targetReachedData(fact.assessment, fact.answer))
  .on(RoadmapItemPlanned, RoadmapItemPlannedV1, (fact) => roadmapItemData(fact.item))
  .on(RoadmapItemStatusChanged, RoadmapItemStatusChangedV1, (fact) =>
    roadmapItemData(fact.item, fact.previousStatus),
  );
