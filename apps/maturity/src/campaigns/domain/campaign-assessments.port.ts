/** The assessments of a campaign, as closing it needs them. */
export abstract class CampaignAssessments {
  /** Freezes every assessment of the campaign not frozen yet; returns how many. */
  abstract freeze(campaignId: string): Promise<number>;
}
