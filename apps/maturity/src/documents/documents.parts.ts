import { contextParts } from '@csg/runtime';
import { ImpactReportChartController } from './queries/impact-report-chart/impact-report-chart.controller';
import { ImpactReportChartHandler } from './queries/impact-report-chart/impact-report-chart.handler';
import { MaturityReportChartController } from './queries/maturity-report-chart/maturity-report-chart.controller';
import { MaturityReportChartHandler } from './queries/maturity-report-chart/maturity-report-chart.handler';
import { ProgrammeReportController } from './queries/programme-report/programme-report.controller';
import { ProgrammeReportHandler } from './queries/programme-report/programme-report.handler';
import { ProfileDocumentController } from './queries/profile-document/profile-document.controller';
import { ProfileDocumentHandler } from './queries/profile-document/profile-document.handler';

/** The documents people read: the agency's profile, the report charts and the programme report (ADR 79). */
export const DOCUMENT_PARTS = contextParts({
  useCases: [
    [ProfileDocumentController, ProfileDocumentHandler],
    [MaturityReportChartController, MaturityReportChartHandler],
    [ImpactReportChartController, ImpactReportChartHandler],
    [ProgrammeReportController, ProgrammeReportHandler],
  ],
});
