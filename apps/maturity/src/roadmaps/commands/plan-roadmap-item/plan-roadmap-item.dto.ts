import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { SafeText } from '@csg/http';
import {
  ROADMAP_EFFORTS,
  ROADMAP_PRIORITIES,
  type RoadmapEffort,
  type RoadmapPriority,
} from '../../domain/roadmap-item.aggregate';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const SUBCATEGORY_ID = /^[A-Za-z0-9][A-Za-z0-9._()\-]{0,63}$/;

export class MilestoneDto {
  @ApiProperty()
  @SafeText(1, 200)
  title: string;

  @ApiProperty({ format: 'date' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueOn: string;
}

/** The fields of a roadmap item (all optional when changing one). */
export class RoadmapItemFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @SafeText(1, 4_000, { multiline: true })
  description?: string;

  @ApiPropertyOptional({ description: 'the OIDC subject of the person who owns the item' })
  @IsOptional()
  @SafeText(1, 200)
  ownerSub?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  startsOn?: string;

  @ApiPropertyOptional({ type: [MilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];

  @ApiPropertyOptional({ type: [String], description: 'exchange practices the item applies' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  practiceIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'the session that inspired it' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}

export class PlanRoadmapItemDto extends RoadmapItemFieldsDto {
  @ApiProperty({ example: 'Multi-factor authentication for every administrator' })
  @SafeText(3, 200)
  title: string;

  @ApiProperty({ type: [String], example: ['PR.AA-01', 'PR.AA-03'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(SUBCATEGORY_ID, {
    each: true,
    message: 'each subcategoryIds entry must be a subcategory identifier',
  })
  subcategoryIds: string[];

  @ApiProperty({ enum: ROADMAP_PRIORITIES })
  @IsIn(ROADMAP_PRIORITIES)
  priority: RoadmapPriority;

  @ApiProperty({ enum: ROADMAP_EFFORTS })
  @IsIn(ROADMAP_EFFORTS)
  effort: RoadmapEffort;

  @ApiProperty({ format: 'date' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueOn: string;
}
