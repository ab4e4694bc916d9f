import type { Principal } from '@csg/auth';

export class ProgrammeReportQuery {
  constructor(
    /** The first day of the period (UTC). */
    readonly from: string,
    /** The last day of the period, included (UTC). */
    readonly to: string,
    readonly campaignId: string,
    readonly baselineCampaignId: string | undefined,
    readonly principal: Principal,
  ) {}
}
