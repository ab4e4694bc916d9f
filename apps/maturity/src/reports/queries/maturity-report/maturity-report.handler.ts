import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { CampaignListReader } from '../../../campaigns/infrastructure/campaign-list.reader';
import { REPORT_ERRORS } from '../../domain/report.errors';
import { groupsShown } from '../../domain/shown-groups.rule';
import { MIN_ANONYMOUS_GROUP } from '../../domain/small-group.rule';
import { MaturityReportReader } from '../../infrastructure/maturity-report.reader';
import { MaturityReportQuery } from './maturity-report.query';
import type { MaturityReportView } from './maturity-report.view';

/**
 * Organisers see every group and every agency by name. Agency members see the campaigns their
 * agency takes part in, anonymised: no names, no group of fewer than three agencies, and no group
 * that a difference with another figure of the campaign would narrow to fewer than three (ADR 0052).
 */
@QueryHandler(MaturityReportQuery)
export class MaturityReportHandler implements IQueryHandler<MaturityReportQuery, MaturityReportView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ campaignId, groupBy, caller }: MaturityReportQuery): Promise<MaturityReportView> {
    const manager = this.dataSource.manager;
    if (!(await new CampaignListReader(manager).visible(caller, campaignId))) {
      throw new MaturityRuleViolation(REPORT_ERRORS.campaignNotFound, 'No such campaign.');
    }
    const reader = new MaturityReportReader(manager);
    const named = caller.operatesPlatform;
    const { groups, agencies, submitters } = await reader.report(campaignId, groupBy, named);
    return {
      campaignId,
      groupBy,
      named,
      minimumGroupSize: MIN_ANONYMOUS_GROUP,
      groups: groupsShown(groupBy, groups, named ? { named } : { named, submitters }),
      agencies,
    };
  }
}
