import type { CampaignState } from './campaign.aggregate';

/** An organiser opened the campaign (the campaign as it is after the change). */
export class CampaignOpened {
  constructor(readonly campaign: Readonly<CampaignState>) {}
}

/** An organiser closed the campaign; this many of its assessments were frozen. */
export class CampaignClosed {
  constructor(
    readonly campaign: Readonly<CampaignState>,
    readonly frozenAssessments: number,
  ) {}
}

export type CampaignEvent = CampaignOpened | CampaignClosed;
