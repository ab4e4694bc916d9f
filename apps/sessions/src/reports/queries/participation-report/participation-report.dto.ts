import { InstantField } from '@csg/http';

/** `GET /reports/participation?from=&to=`: sessions starting in [from, to). */
export class ParticipationReportDto {
  @InstantField({ optional: true, example: '2026-01-01T00:00:00Z' })
  from?: string;

  @InstantField({ optional: true, example: '2027-01-01T00:00:00Z' })
  to?: string;
}
