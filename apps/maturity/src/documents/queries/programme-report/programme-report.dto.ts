import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ProgrammeReportDto {
  @ApiProperty({ format: 'date', description: 'the first day of the period (UTC)' })
  @Matches(DAY, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  from: string;

  @ApiProperty({ format: 'date', description: 'the last day of the period, included (UTC)' })
  @Matches(DAY, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  to: string;

  @ApiProperty({ format: 'uuid', description: 'the campaign the report describes' })
  @IsUUID()
  campaignId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the earlier campaign to measure movement and impact against',
  })
  @IsOptional()
  @IsUUID()
  baselineCampaignId?: string;
}
