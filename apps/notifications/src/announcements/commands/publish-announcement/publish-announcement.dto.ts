import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { ANNOUNCEMENT_PRIORITIES, AUDIENCE_KINDS, TLP_MARKINGS } from '@csg/contracts';
import { SafeText } from '@csg/http';

export class AudienceDto {
  @ApiProperty({ enum: AUDIENCE_KINDS })
  @IsIn(AUDIENCE_KINDS)
  kind: (typeof AUDIENCE_KINDS)[number];

  @ApiPropertyOptional({
    type: [String],
    description: 'tiers, sectors, agency ids or session ids (by kind); none for ALL',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  values?: string[];
}

export class PublishAnnouncementDto {
  @ApiProperty({ example: 'Session 9: registration is open' })
  @SafeText(1, 200)
  title: string;

  @ApiProperty({ example: 'Register up to three participants per agency by Friday.' })
  @SafeText(1, 20_000, { multiline: true })
  body: string;

  @ApiProperty({ enum: ANNOUNCEMENT_PRIORITIES })
  @IsIn(ANNOUNCEMENT_PRIORITIES)
  priority: (typeof ANNOUNCEMENT_PRIORITIES)[number];

  @ApiProperty({ type: AudienceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience: AudienceDto;

  @ApiPropertyOptional({
    example: '2026-12-02T03:00:00Z',
    description: 'later: scheduled; absent or past: now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishAt?: string;

  @ApiProperty({ enum: TLP_MARKINGS, description: 'narrows the audience to who may read it' })
  @IsIn(TLP_MARKINGS)
  tlp: (typeof TLP_MARKINGS)[number];

  @ApiPropertyOptional({ type: [String], description: 'TLP:RED only: the people (sub) who may read it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  recipientSubs?: string[];
}
