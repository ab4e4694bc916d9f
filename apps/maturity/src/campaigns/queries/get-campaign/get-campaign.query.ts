import type { Caller } from '../../../access/caller.util';

export class GetCampaignQuery {
  constructor(
    readonly campaignId: string,
    readonly caller: Caller,
  ) {}
}
