import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../shared/maturity-rule.violation';
import { CampaignListReader } from '../../../campaigns/infrastructure/campaign-list.reader';
import { REPORT_ERRORS } from '../../domain/report.errors';
import { groupIsShown, MIN_ANONYMOUS_GROUP } from '../../domain/small-group.rule';
import { MaturityReportReader } from '../../infrastructure/maturity-report.reader';
import { MaturityReportQuery } from './maturity-report.query';
import type { MaturityReportView } from './maturity-report.view';

/**
 * Organisers see every group and every agency by name. Agency members see the campaigns their
 * agency takes part in, anonymised: no names, and no group of fewer than three agencies.
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
    const { groups, agencies } = await reader.report(campaignId, groupBy, named);
    return {
      campaignId,
      groupBy,
      named,
      minimumGroupSize: MIN_ANONYMOUS_GROUP,
      groups: groups.map((g) =>
        groupIsShown(g.agencies, named)
          ? {
              key: g.key,
              suppressed: false,
              agencies: g.agencies,
              current: g.current,
              target: g.target,
              gap: g.gap,
            }
          : { key: g.key, suppressed: true, agencies: null, current: null, target: null, gap: null },
      ),
      agencies,
    };
  }
}
