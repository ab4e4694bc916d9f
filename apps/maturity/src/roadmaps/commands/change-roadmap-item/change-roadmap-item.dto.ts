import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
} from 'class-validator';
import { SafeText } from '@csg/http';
import {
  ROADMAP_EFFORTS,
  ROADMAP_PRIORITIES,
  ROADMAP_STATUSES,
  type RoadmapEffort,
  type RoadmapPriority,
  type RoadmapStatus,
} from '../../domain/roadmap-item.aggregate';
import { RoadmapItemFieldsDto, SUBCATEGORY_ID } from '../plan-roadmap-item/plan-roadmap-item.dto';

export class ChangeRoadmapItemDto extends RoadmapItemFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @SafeText(3, 200)
  title?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(SUBCATEGORY_ID, {
    each: true,
    message: 'each subcategoryIds entry must be a subcategory identifier',
  })
  subcategoryIds?: string[];

  @ApiPropertyOptional({ enum: ROADMAP_PRIORITIES })
  @IsOptional()
  @IsIn(ROADMAP_PRIORITIES)
  priority?: RoadmapPriority;

  @ApiPropertyOptional({ enum: ROADMAP_EFFORTS })
  @IsOptional()
  @IsIn(ROADMAP_EFFORTS)
  effort?: RoadmapEffort;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueOn?: string;

  @ApiPropertyOptional({ enum: ROADMAP_STATUSES })
  @IsOptional()
  @IsIn(ROADMAP_STATUSES)
  status?: RoadmapStatus;
}
