import { DayField, EnumField, StringsField, TextField } from '@csg/http';
import {
  ROADMAP_EFFORTS,
  ROADMAP_PRIORITIES,
  ROADMAP_STATUSES,
  type RoadmapEffort,
  type RoadmapPriority,
  type RoadmapStatus,
} from '../../domain/roadmap-item.aggregate';
import {
  RoadmapItemFieldsDto,
  SUBCATEGORY_ID,
  SUBCATEGORY_ID_MESSAGE,
} from '../plan-roadmap-item/plan-roadmap-item.dto';

export class ChangeRoadmapItemDto extends RoadmapItemFieldsDto {
  @TextField({ min: 3, max: 200, optional: true })
  title?: string;

  @StringsField({
    minItems: 1,
    maxItems: 50,
    pattern: SUBCATEGORY_ID,
    message: SUBCATEGORY_ID_MESSAGE,
    optional: true,
  })
  subcategoryIds?: string[];

  @EnumField(ROADMAP_PRIORITIES, { optional: true })
  priority?: RoadmapPriority;

  @EnumField(ROADMAP_EFFORTS, { optional: true })
  effort?: RoadmapEffort;

  @DayField({ optional: true })
  dueOn?: string;

  @EnumField(ROADMAP_STATUSES, { optional: true })
  status?: RoadmapStatus;
}
