import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import type { AudienceKind } from '../domain/campaign-audience.value-object';
import { Campaign, type CampaignState, type CampaignStatus } from '../domain/campaign.aggregate';
import { CampaignRepository } from '../domain/campaign-repository.port';
import { CAMPAIGN_ERRORS } from '../domain/campaign.errors';
import { CampaignOrmEntity } from './campaign.orm-entity';

export function campaignToRow(s: Readonly<CampaignState>): CampaignOrmEntity {
  return {
    id: s.id,
    name: s.name,
    frameworkId: s.frameworkId,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    sessionIds: s.sessionIds,
    audienceKind: s.audience.kind,
    audienceValues: s.audience.values,
    targets: s.targets,
    status: s.status,
    openedBy: s.openedBy,
    closedAt: s.closedAt,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function campaignFromRow(row: CampaignOrmEntity): CampaignState {
  return {
    id: row.id,
    name: row.name,
    frameworkId: row.frameworkId,
    opensAt: new Date(row.opensAt),
    closesAt: new Date(row.closesAt),
    sessionIds: row.sessionIds ?? [],
    audience: { kind: row.audienceKind as AudienceKind, values: row.audienceValues ?? [] },
    targets: {
      default: row.targets.default,
      byFunction: row.targets.byFunction ?? {},
      bySubcategory: row.targets.bySubcategory ?? {},
    },
    status: row.status as CampaignStatus,
    openedBy: row.openedBy,
    closedAt: row.closedAt ? new Date(row.closedAt) : null,
    version: row.version,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** The Campaign aggregate in its table, in the running unit of work's transaction. */
@Injectable()
export class TypeOrmCampaignRepository extends CampaignRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(campaign: Campaign): Promise<void> {
    await this.manager.insert(CampaignOrmEntity, campaignToRow(campaign.snapshot()));
    this.transactions.current.track(campaign);
  }

  async findById(id: string): Promise<Campaign | null> {
    const row = await this.manager.findOneBy(CampaignOrmEntity, { id });
    return row ? Campaign.restore(campaignFromRow(row)) : null;
  }

  /** Loads and locks the campaign (closing and starting assessments serialise on it). */
  async lockById(id: string, mode: 'for_update' | 'for_key_share' = 'for_update'): Promise<Campaign | null> {
    const row = await this.manager
      .createQueryBuilder(CampaignOrmEntity, 'c')
      .setLock(mode === 'for_update' ? 'pessimistic_write' : 'for_key_share')
      .where('c.id = :id', { id })
      .getOne();
    return row ? Campaign.restore(campaignFromRow(row)) : null;
  }

  async update(campaign: Campaign, previousVersion: number): Promise<void> {
    const s = campaign.snapshot();
    const [, affected]: [unknown, number] = await this.manager.query(
      `UPDATE campaigns SET status = $3, closed_at = $4, version = $5, updated_at = $6 WHERE id = $1 AND version = $2`,
      [s.id, previousVersion, s.status, s.closedAt, s.version, s.updatedAt],
    );
    if (affected !== 1)
      throw new MaturityRuleViolation(CAMPAIGN_ERRORS.alreadyClosed, 'The campaign changed meanwhile.');
    this.transactions.current.track(campaign);
  }
}
