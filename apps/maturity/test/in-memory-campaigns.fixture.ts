import { CSF } from '@csg/frameworks';
import { createPlatformEventRegistry } from '@csg/contracts';
import type { TransactionSource } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { CampaignAssessments } from '../src/campaigns/domain/campaign-assessments.port';
import { CampaignFrameworks } from '../src/campaigns/domain/campaign-frameworks.port';
import { CampaignRepository } from '../src/campaigns/domain/campaign-repository.port';
import type { FrameworkShape } from '../src/campaigns/domain/campaign-targets.value-object';
import { Campaign, type CampaignState } from '../src/campaigns/domain/campaign.aggregate';
import { MaturityRuleViolation } from '../src/maturity-rule.violation';
import { MATURITY_OUTBOX } from '../src/maturity.outbox';

/** Campaigns kept in a map, with the table's version check. */
export class InMemoryCampaignRepository extends CampaignRepository {
  readonly rows = new Map<string, CampaignState>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(campaign: Campaign): Promise<void> {
    this.rows.set(campaign.id, campaign.snapshot());
    this.transactions.current.track(campaign);
  }

  async lockById(id: string): Promise<Campaign | null> {
    return this.findById(id);
  }

  async findById(id: string): Promise<Campaign | null> {
    const row = this.rows.get(id);
    return row ? Campaign.restore(row) : null;
  }

  async update(campaign: Campaign, previousVersion: number): Promise<void> {
    if (this.rows.get(campaign.id)?.version !== previousVersion)
      throw new MaturityRuleViolation('CAMPAIGN.ALREADY_CLOSED', 'The campaign changed meanwhile.');
    this.rows.set(campaign.id, campaign.snapshot());
    this.transactions.current.track(campaign);
  }

  /** Puts a campaign in place as if saved earlier (its facts are not published). */
  given(campaign: Campaign): Campaign {
    campaign.pullRecordedEvents();
    this.rows.set(campaign.id, campaign.snapshot());
    return Campaign.restore(campaign.snapshot());
  }
}

/** Only the built-in NIST CSF 2.0. */
export class InMemoryCampaignFrameworks extends CampaignFrameworks {
  async shapeOf(frameworkId: string): Promise<FrameworkShape | null> {
    return frameworkId === 'nist-csf-2.0'
      ? { functionIds: CSF.functionIds(), subcategoryIds: CSF.subcategoryIds() }
      : null;
  }
}

/** Counts what a close would freeze: `open` assessments per campaign. */
export class InMemoryCampaignAssessments extends CampaignAssessments {
  readonly open = new Map<string, number>();

  async freeze(campaignId: string): Promise<number> {
    const frozen = this.open.get(campaignId) ?? 0;
    this.open.set(campaignId, 0);
    return frozen;
  }
}

export function inMemoryCampaigns() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), MATURITY_OUTBOX, '/csg/maturity');
  return {
    unitOfWork,
    campaigns: new InMemoryCampaignRepository(unitOfWork),
    frameworks: new InMemoryCampaignFrameworks(),
    assessments: new InMemoryCampaignAssessments(),
    clock: new TestClock(),
  };
}

export async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (error instanceof MaturityRuleViolation) return error.code;
    throw error;
  }
}
