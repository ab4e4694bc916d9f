import type { Caller } from '../../../access/caller.util';
import type { ReportGrouping } from '../../../reports/infrastructure/maturity-report.reader';

/** The maturity report's chart: the JSON report's query, asked with the same caller. */
export class MaturityReportChartQuery {
  constructor(
    readonly campaignId: string,
    readonly groupBy: ReportGrouping,
    readonly caller: Caller,
  ) {}
}
