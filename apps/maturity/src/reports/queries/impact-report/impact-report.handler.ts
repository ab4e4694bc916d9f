import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { REPORT_ERRORS } from '../../domain/report.errors';
import { compareImpact, MIN_COMPARISON_GROUP } from '../../domain/impact-comparison.rule';
import { ImpactReportReader, type ImpactRow } from '../../infrastructure/impact-report.reader';
import { ImpactReportQuery } from './impact-report.query';
import type { ImpactComparisonView, ImpactReportView } from './impact-report.view';

const CAVEATS = [
  'Attendance is not random: agencies that chose to attend may differ from the others in ways that also change their maturity.',
  'Tiers are self-assessed; reviews check submissions, not the tiers themselves.',
  'Only agencies with submitted assessments in both campaigns that answered a subcategory as applicable count for it.',
  `A side with fewer than ${MIN_COMPARISON_GROUP} agencies is too small to compare: no difference is given.`,
];

function comparison(row: ImpactRow): ImpactComparisonView {
  const attended = { agencies: row.attendedAgencies, meanChange: row.attendedMean };
  const notAttended = { agencies: row.otherAgencies, meanChange: row.otherMean };
  return { subcategoryId: row.subcategoryId, attended, notAttended, ...compareImpact(attended, notAttended) };
}

@QueryHandler(ImpactReportQuery)
export class ImpactReportHandler implements IQueryHandler<ImpactReportQuery, ImpactReportView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ sessionId, campaignId, baselineCampaignId }: ImpactReportQuery): Promise<ImpactReportView> {
    const manager = this.dataSource.manager;
    const campaigns = await manager.query(`SELECT id FROM campaigns WHERE id = ANY($1::uuid[])`, [
      [campaignId, baselineCampaignId],
    ]);
    if (campaigns.length !== new Set([campaignId, baselineCampaignId]).size) {
      throw new MaturityRuleViolation(REPORT_ERRORS.campaignNotFound, 'No such campaign.');
    }
    const reader = new ImpactReportReader(manager);
    if (!(await reader.sessionKnown(sessionId))) {
      throw new MaturityRuleViolation(
        REPORT_ERRORS.sessionNotKnown,
        'The maturity service has not heard of this session.',
      );
    }
    const [overall, ...rows] = await reader.compare(sessionId, campaignId, baselineCampaignId);
    return {
      sessionId,
      campaignId,
      baselineCampaignId,
      attendingAgencies: await reader.attendingAgencies(sessionId),
      minimumGroupSize: MIN_COMPARISON_GROUP,
      overall: comparison(overall),
      subcategories: rows.map(comparison),
      caveats: CAVEATS,
    };
  }
}
