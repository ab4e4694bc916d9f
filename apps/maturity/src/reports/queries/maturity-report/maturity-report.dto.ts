import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ReportGrouping } from '../../infrastructure/maturity-report.reader';

export class MaturityReportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  campaignId: string;

  @ApiPropertyOptional({ enum: ['function', 'tier', 'sector'], default: 'function' })
  @IsOptional()
  @IsIn(['function', 'tier', 'sector'])
  groupBy?: ReportGrouping;
}
