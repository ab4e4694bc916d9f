import { DayField, UuidField } from '@csg/http';

export class ProgrammeReportDto {
  @DayField({ description: 'the first day of the period (UTC)' })
  from: string;

  @DayField({ description: 'the last day of the period, included (UTC)' })
  to: string;

  @UuidField({ description: 'the campaign the report describes' })
  campaignId: string;

  @UuidField({ optional: true, description: 'the earlier campaign to measure movement and impact against' })
  baselineCampaignId?: string;
}
