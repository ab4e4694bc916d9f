import { contextParts } from '@csg/runtime';
import { ParticipationReportController } from './queries/participation-report/participation-report.controller';
import { ParticipationReportHandler } from './queries/participation-report/participation-report.handler';

/** The reports context: the participation report. */
export const REPORT_PARTS = contextParts({
  useCases: [[ParticipationReportController, ParticipationReportHandler]],
});
