import {
  DayField,
  EnumField,
  NestedListField,
  StringsField,
  TextField,
  UuidField,
  UuidsField,
} from '@csg/http';
import {
  ROADMAP_EFFORTS,
  ROADMAP_PRIORITIES,
  type RoadmapEffort,
  type RoadmapPriority,
} from '../../domain/roadmap-item.aggregate';

export const SUBCATEGORY_ID = /^[A-Za-z0-9][A-Za-z0-9._()\-]{0,63}$/;
export const SUBCATEGORY_ID_MESSAGE = 'each subcategoryIds entry must be a subcategory identifier';

export class MilestoneDto {
  @TextField({ max: 200 })
  title: string;

  @DayField()
  dueOn: string;
}

/** The fields of a roadmap item (all optional when changing one). */
export class RoadmapItemFieldsDto {
  @TextField({ max: 4_000, multiline: true, nullable: true })
  description?: string;

  @TextField({ max: 200, optional: true, description: 'the OIDC subject of the person who owns the item' })
  ownerSub?: string;

  @DayField({ optional: true })
  startsOn?: string;

  @NestedListField(MilestoneDto, { maxItems: 20, optional: true })
  milestones?: MilestoneDto[];

  @UuidsField({ maxItems: 20, optional: true, description: 'exchange practices the item applies' })
  practiceIds?: string[];

  @UuidField({ optional: true, description: 'the session that inspired it' })
  sessionId?: string;
}

export class PlanRoadmapItemDto extends RoadmapItemFieldsDto {
  @TextField({ min: 3, max: 200, example: 'Multi-factor authentication for every administrator' })
  title: string;

  @StringsField({
    minItems: 1,
    maxItems: 50,
    pattern: SUBCATEGORY_ID,
    message: SUBCATEGORY_ID_MESSAGE,
    example: ['PR.AA-01', 'PR.AA-03'],
  })
  subcategoryIds: string[];

  @EnumField(ROADMAP_PRIORITIES)
  priority: RoadmapPriority;

  @EnumField(ROADMAP_EFFORTS)
  effort: RoadmapEffort;

  @DayField()
  dueOn: string;
}
