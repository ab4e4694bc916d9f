import type { Caller } from '../../../access/caller.util';
import type { ReportGrouping } from '../../infrastructure/maturity-report.reader';

export class MaturityReportQuery {
  constructor(
    readonly campaignId: string,
    readonly groupBy: ReportGrouping,
    readonly caller: Caller,
  ) {}
}
