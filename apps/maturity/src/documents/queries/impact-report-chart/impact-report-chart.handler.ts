import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { ImpactReportQuery } from '../../../reports/queries/impact-report/impact-report.query';
import type { ImpactReportView } from '../../../reports/queries/impact-report/impact-report.view';
import { impactReportChart } from '../../infrastructure/report-charts';
import { SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { ImpactReportChartQuery } from './impact-report-chart.query';

/** The impact report as a chart, drawn from the JSON report's own answer, never recomputed. */
@QueryHandler(ImpactReportChartQuery)
export class ImpactReportChartHandler implements IQueryHandler<ImpactReportChartQuery, RenderedDocument> {
  constructor(
    private readonly queries: QueryBus,
    @InjectServiceDataSource('maturity') private readonly dataSource: DataSource,
  ) {}

  async execute({
    sessionId,
    campaignId,
    baselineCampaignId,
  }: ImpactReportChartQuery): Promise<RenderedDocument> {
    const report: ImpactReportView = await this.queries.execute(
      new ImpactReportQuery(sessionId, campaignId, baselineCampaignId),
    );
    const [session] = await this.dataSource.query(
      `SELECT title FROM projected_sessions WHERE session_id = $1`,
      [sessionId],
    );
    return {
      body: impactReportChart(report, session?.title ?? sessionId).svg,
      contentType: SVG_TYPE,
      fileName: `impact-${sessionId}.svg`,
    };
  }
}
