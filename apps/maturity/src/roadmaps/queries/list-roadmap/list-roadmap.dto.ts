import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@csg/http';
import { ROADMAP_STATUSES, type RoadmapStatus } from '../../domain/roadmap-item.aggregate';

export const ROADMAP_FORMATS = ['json', 'csv', 'xlsx'] as const;

export class ListRoadmapDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROADMAP_STATUSES })
  @IsOptional()
  @IsIn(ROADMAP_STATUSES)
  status?: RoadmapStatus;

  @ApiPropertyOptional({
    enum: ROADMAP_FORMATS,
    description: 'instead of an Accept header: csv or xlsx (the whole roadmap)',
  })
  @IsOptional()
  @IsIn(ROADMAP_FORMATS)
  format?: (typeof ROADMAP_FORMATS)[number];
}
