import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ImpactReportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sessionId: string;

  @ApiProperty({ format: 'uuid', description: 'the later campaign' })
  @IsUUID()
  campaignId: string;

  @ApiProperty({ format: 'uuid', description: 'the baseline campaign' })
  @IsUUID()
  baselineCampaignId: string;
}
