export class CampaignProgressQuery {
  constructor(
    readonly campaignId: string,
    readonly limit: number,
    readonly after: readonly [string, string] | undefined,
  ) {}
}
