import { EnumField, UuidField } from '@csg/http';
import type { ReportGrouping } from '../../infrastructure/maturity-report.reader';

export class MaturityReportDto {
  @UuidField()
  campaignId: string;

  @EnumField(['function', 'tier', 'sector'], { optional: true, default: 'function' })
  groupBy?: ReportGrouping;
}
