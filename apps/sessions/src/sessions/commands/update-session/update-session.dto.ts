import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SESSION_MODES } from '@csg/contracts';
import { SafeText, SafeUrl, IsoInstant } from '@csg/http';
import { InvitationScopeDto } from '../plan-session/plan-session.dto';

const given = (_: object, value: unknown) => value !== undefined;
const present = (_: object, value: unknown) => value !== undefined && value !== null;

/**
 * The fields to change; absent fields stay. `venue`, `joinUrl`, `seatsPerAgency` and
 * `invitation` can be cleared with null. New times on a SCHEDULED session reschedule it.
 */
export class UpdateSessionDto {
  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsInt()
  @Min(1)
  @Max(100_000)
  sequence?: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeText(3, 200)
  title?: string;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeText(0, 10_000, { multiline: true })
  description?: string;

  @ApiPropertyOptional({ example: '2026-12-10T05:00:00Z' })
  @ValidateIf(given)
  @IsoInstant()
  startsAt?: string;

  @ApiPropertyOptional({ example: '2026-12-10T10:00:00Z' })
  @ValidateIf(given)
  @IsoInstant()
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Asia/Karachi' })
  @ValidateIf(given)
  @SafeText(1, 64)
  timezone?: string;

  @ApiPropertyOptional({ enum: SESSION_MODES })
  @ValidateIf(given)
  @IsIn(SESSION_MODES)
  mode?: (typeof SESSION_MODES)[number];

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @SafeText(1, 300)
  venue?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf(present)
  @SafeUrl()
  joinUrl?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  @Max(100_000)
  seatsPerAgency?: number | null;

  @ApiPropertyOptional({ type: InvitationScopeDto, nullable: true })
  @ValidateIf(present)
  @ValidateNested()
  @Type(() => InvitationScopeDto)
  invitation?: InvitationScopeDto | null;
}
