import { contextParts } from '@csg/runtime';
import { SessionProjection } from './infrastructure/session.projection';
import { ImpactReportController } from './queries/impact-report/impact-report.controller';
import { ImpactReportHandler } from './queries/impact-report/impact-report.handler';
import { MaturityReportController } from './queries/maturity-report/maturity-report.controller';
import { MaturityReportHandler } from './queries/maturity-report/maturity-report.handler';

/** The reports context: maturity and impact reports and the projection of the sessions service's events. */
export const REPORT_PARTS = contextParts({
  useCases: [
    [MaturityReportController, MaturityReportHandler],
    [ImpactReportController, ImpactReportHandler],
  ],
  providers: [SessionProjection],
});
