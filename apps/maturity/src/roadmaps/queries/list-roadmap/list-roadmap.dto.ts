import { EnumField, PageQueryDto } from '@csg/http';
import { ROADMAP_STATUSES, type RoadmapStatus } from '../../domain/roadmap-item.aggregate';

export const ROADMAP_FORMATS = ['json', 'csv', 'xlsx'] as const;

export class ListRoadmapDto extends PageQueryDto {
  @EnumField(ROADMAP_STATUSES, { optional: true })
  status?: RoadmapStatus;

  @EnumField(ROADMAP_FORMATS, {
    optional: true,
    description: 'instead of an Accept header: csv or xlsx (the whole roadmap)',
  })
  format?: (typeof ROADMAP_FORMATS)[number];
}
