import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';
import { SafeEmail, SafeText, SafeUrl } from '@csg/http';
import { ACRONYM_MESSAGE, ACRONYM_PATTERN } from '../register-agency/register-agency.dto';

const given = (_: object, value: unknown) => value !== undefined;

/**
 * The fields to change; absent fields stay. `jurisdiction`, `parentAgencyId` and `website` can
 * be cleared with null. Agency-admins may change `name`, `contactEmail` and `website`; the rest
 * (the agency's identity and place in the hierarchy) is for organisers and platform-admins.
 */
export class UpdateAgencyDto {
  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeText(2, 200)
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Matches(ACRONYM_PATTERN, { message: ACRONYM_MESSAGE })
  acronym?: string;

  @ApiPropertyOptional({ enum: AGENCY_TIERS })
  @ValidateIf(given)
  @IsIn(AGENCY_TIERS)
  tier?: (typeof AGENCY_TIERS)[number];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @SafeText(2, 100)
  jurisdiction?: string | null;

  @ApiPropertyOptional({ enum: AGENCY_SECTORS })
  @ValidateIf(given)
  @IsIn(AGENCY_SECTORS)
  sector?: (typeof AGENCY_SECTORS)[number];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  parentAgencyId?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeEmail()
  contactEmail?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @SafeUrl()
  website?: string | null;
}

/** What only organisers and platform-admins may change. */
export const RESERVED_AGENCY_FIELDS = [
  'acronym',
  'tier',
  'jurisdiction',
  'sector',
  'parentAgencyId',
] as const;
