import type { IdempotencyRequest } from '@csg/http';
import type { CampaignDetails } from '../../domain/campaign.aggregate';

export class OpenCampaignCommand {
  constructor(
    readonly details: CampaignDetails,
    readonly organiserSub: string,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
