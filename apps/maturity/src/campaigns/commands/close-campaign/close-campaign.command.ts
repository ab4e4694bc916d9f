export class CloseCampaignCommand {
  constructor(readonly campaignId: string) {}
}
