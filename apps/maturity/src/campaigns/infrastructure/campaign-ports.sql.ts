import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { FrameworkStore } from '../../frameworks/infrastructure/framework.store';
import { CampaignAssessments } from '../domain/campaign-assessments.port';
import { CampaignFrameworks } from '../domain/campaign-frameworks.port';
import type { FrameworkShape } from '../domain/campaign-targets.value-object';

/** The frameworks table as the campaigns context needs it, in the running transaction. */
@Injectable()
export class SqlCampaignFrameworks extends CampaignFrameworks {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async shapeOf(frameworkId: string): Promise<FrameworkShape | null> {
    const shape = await new FrameworkStore(this.transactions.current.manager).shape(frameworkId);
    return shape ? { functionIds: shape.functionIds, subcategoryIds: [...shape.subcategories.keys()] } : null;
  }
}

/** Freezes a campaign's assessments with one set-based UPDATE, in the running transaction. */
@Injectable()
export class SqlCampaignAssessments extends CampaignAssessments {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async freeze(campaignId: string): Promise<number> {
    const [, frozen]: [unknown, number] = await this.transactions.current.manager.query(
      `UPDATE assessments SET frozen = true WHERE campaign_id = $1 AND NOT frozen`,
      [campaignId],
    );
    return frozen;
  }
}
