import { UuidField } from '@csg/http';

export class ImpactReportDto {
  @UuidField()
  sessionId: string;

  @UuidField({ description: 'the later campaign' })
  campaignId: string;

  @UuidField({ description: 'the baseline campaign' })
  baselineCampaignId: string;
}
