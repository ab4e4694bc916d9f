import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SESSION_STATUSES } from '@csg/contracts';
import { PageQueryDto, IsoInstant } from '@csg/http';

/** `GET /sessions?status=&from=&to=&limit=&cursor=`: sessions starting in [from, to), by start. */
export class ListSessionsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SESSION_STATUSES })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: (typeof SESSION_STATUSES)[number];

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'starting at or after' })
  @IsOptional()
  @IsoInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z', description: 'starting before' })
  @IsOptional()
  @IsoInstant()
  to?: string;
}
