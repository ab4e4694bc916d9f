/** The impact report's chart, for the same session and campaigns as the JSON. */
export class ImpactReportChartQuery {
  constructor(
    readonly sessionId: string,
    readonly campaignId: string,
    readonly baselineCampaignId: string,
  ) {}
}
