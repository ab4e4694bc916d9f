import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsoInstant } from '@csg/http';

/** `GET /reports/participation?from=&to=`: sessions starting in [from, to). */
export class ParticipationReportDto {
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsoInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsoInstant()
  to?: string;
}
