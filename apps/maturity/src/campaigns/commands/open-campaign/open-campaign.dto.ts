import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeText } from '@csg/http';
import { AUDIENCE_KINDS, type AudienceKind } from '../../domain/campaign-audience.value-object';

export class CampaignAudienceDto {
  @ApiProperty({ enum: AUDIENCE_KINDS })
  @IsIn(AUDIENCE_KINDS)
  kind: AudienceKind;

  @ApiPropertyOptional({ type: [String], description: 'tiers, sectors or agency ids; empty for ALL' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  values?: string[];
}

export class CampaignTargetsDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  default: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, example: { GV: 3 } })
  @IsOptional()
  @IsObject()
  byFunction?: Record<string, number>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'PR.AA-01': 4 },
  })
  @IsOptional()
  @IsObject()
  bySubcategory?: Record<string, number>;
}

export class OpenCampaignDto {
  @ApiProperty({ example: 'CSF baseline after session 8' })
  @SafeText(3, 200)
  name: string;

  @ApiProperty({ example: 'nist-csf-2.0' })
  @Matches(/^[a-z0-9][a-z0-9.\-]{0,63}$/, { message: 'frameworkId must name a framework' })
  frameworkId: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  opensAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  closesAt: string;

  @ApiPropertyOptional({ type: [String], description: 'the sessions this campaign follows up' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  sessionIds?: string[];

  @ApiProperty({ type: CampaignAudienceDto })
  @ValidateNested()
  @Type(() => CampaignAudienceDto)
  audience: CampaignAudienceDto;

  @ApiProperty({ type: CampaignTargetsDto })
  @ValidateNested()
  @Type(() => CampaignTargetsDto)
  targets: CampaignTargetsDto;
}
