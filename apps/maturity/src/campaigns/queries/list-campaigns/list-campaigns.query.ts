import type { Caller } from '../../../access/caller.util';

export class ListCampaignsQuery {
  constructor(
    readonly caller: Caller,
    readonly status: string | undefined,
    readonly limit: number,
    readonly after: readonly [string, string] | undefined,
  ) {}
}
