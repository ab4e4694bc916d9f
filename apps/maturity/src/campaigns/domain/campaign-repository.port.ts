import type { Campaign } from './campaign.aggregate';

/**
 * Where campaigns are kept, in the running unit of work's transaction (infrastructure implements
 * it). Every write hands the campaign to the unit of work, which publishes the facts it recorded.
 */
export abstract class CampaignRepository {
  abstract insert(campaign: Campaign): Promise<void>;

  /** The campaign, locked until the transaction ends (closing and starting assessments serialise on it). */
  abstract lockById(id: string, mode?: 'for_update' | 'for_key_share'): Promise<Campaign | null>;

  abstract findById(id: string): Promise<Campaign | null>;

  /** Writes the campaign if it is still at `previousVersion`. */
  abstract update(campaign: Campaign, previousVersion: number): Promise<void>;
}
