export class ImpactReportQuery {
  constructor(
    readonly sessionId: string,
    readonly campaignId: string,
    readonly baselineCampaignId: string,
  ) {}
}
