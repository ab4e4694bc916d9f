/** Campaign audiences as starting an assessment needs them. */
export abstract class CampaignAudiences {
  /** Whether the campaign's audience includes the agency (as the agency directory describes it). */
  abstract includes(campaignId: string, agencyId: string): Promise<boolean>;
}
