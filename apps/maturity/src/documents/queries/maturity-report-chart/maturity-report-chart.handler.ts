import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityReportQuery } from '../../../reports/queries/maturity-report/maturity-report.query';
import type { MaturityReportView } from '../../../reports/queries/maturity-report/maturity-report.view';
import { maturityReportChart } from '../../infrastructure/report-charts';
import { SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { MaturityReportChartQuery } from './maturity-report-chart.query';

/**
 * The maturity report as a chart, drawn from the JSON report's own answer (the same query,
 * caller and rules: anonymised, no group under three agencies for agency members), never recomputed.
 */
@QueryHandler(MaturityReportChartQuery)
export class MaturityReportChartHandler implements IQueryHandler<MaturityReportChartQuery, RenderedDocument> {
  constructor(
    private readonly queries: QueryBus,
    @InjectServiceDataSource('maturity') private readonly dataSource: DataSource,
  ) {}

  async execute({ campaignId, groupBy, caller }: MaturityReportChartQuery): Promise<RenderedDocument> {
    const report: MaturityReportView = await this.queries.execute(
      new MaturityReportQuery(campaignId, groupBy, caller),
    );
    const [campaign] = await this.dataSource.query(`SELECT name FROM campaigns WHERE id = $1`, [campaignId]);
    return {
      body: maturityReportChart(report, campaign?.name ?? campaignId).svg,
      contentType: SVG_TYPE,
      fileName: `maturity-${campaignId}-${groupBy}.svg`,
    };
  }
}
