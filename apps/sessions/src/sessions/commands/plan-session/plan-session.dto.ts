import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { AGENCY_SECTORS, AGENCY_TIERS, SESSION_MODES } from '@csg/contracts';
import { SafeText, SafeUrl, IsoInstant } from '@csg/http';

/** Only these agencies may register (any list matches); omit or leave empty to invite every active agency. */
export class InvitationScopeDto {
  @ApiPropertyOptional({ enum: AGENCY_TIERS, isArray: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsIn(AGENCY_TIERS, { each: true })
  tiers?: string[];

  @ApiPropertyOptional({ enum: AGENCY_SECTORS, isArray: true })
  @IsOptional()
  @ArrayMaxSize(AGENCY_SECTORS.length)
  @IsIn(AGENCY_SECTORS, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  agencyIds?: string[];
}

export class PlanSessionDto {
  @ApiProperty({ example: 8, description: 'its number in the programme (unique)' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  sequence: number;

  @ApiProperty({ example: 'CyberSecureGov: Cyber Guidelines Initiative, session 8' })
  @SafeText(3, 200)
  title: string;

  @ApiProperty()
  @SafeText(0, 10_000, { multiline: true })
  description: string;

  @ApiProperty({ example: '2026-12-10T05:00:00Z' })
  @IsoInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-12-10T10:00:00Z' })
  @IsoInstant()
  endsAt: string;

  @ApiProperty({ example: 'Asia/Karachi', description: 'IANA time zone the session is shown in' })
  @SafeText(1, 64)
  timezone: string;

  @ApiProperty({ enum: SESSION_MODES })
  @IsIn(SESSION_MODES)
  mode: (typeof SESSION_MODES)[number];

  @ApiPropertyOptional({ description: 'required IN_PERSON and HYBRID' })
  @IsOptional()
  @SafeText(1, 300)
  venue?: string;

  @ApiPropertyOptional({ description: 'required ONLINE and HYBRID' })
  @IsOptional()
  @SafeUrl()
  joinUrl?: string;

  @ApiProperty({ example: 50 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity: number;

  @ApiPropertyOptional({ example: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  seatsPerAgency?: number;

  @ApiPropertyOptional({ type: InvitationScopeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvitationScopeDto)
  invitation?: InvitationScopeDto;
}
