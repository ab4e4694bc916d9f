import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';
import { SafeEmail, SafeText, SafeUrl } from '@csg/http';

export const ACRONYM_PATTERN = /^[A-Za-z0-9&.\- ]{2,20}$/;
export const ACRONYM_MESSAGE = 'acronym must be 2 to 20 letters, digits, spaces, & . or -';

export class RegisterAgencyDto {
  @ApiProperty({ example: 'Home Department, Government of Punjab' })
  @SafeText(2, 200)
  name: string;

  @ApiProperty({ example: 'HDP', description: 'unique, case-insensitive' })
  @Matches(ACRONYM_PATTERN, { message: ACRONYM_MESSAGE })
  acronym: string;

  @ApiProperty({ enum: AGENCY_TIERS })
  @IsIn(AGENCY_TIERS)
  tier: (typeof AGENCY_TIERS)[number];

  @ApiPropertyOptional({ example: 'Punjab', description: 'required for PROVINCIAL and DEPARTMENTAL' })
  @IsOptional()
  @SafeText(2, 100)
  jurisdiction?: string;

  @ApiProperty({ enum: AGENCY_SECTORS })
  @IsIn(AGENCY_SECTORS)
  sector: (typeof AGENCY_SECTORS)[number];

  @ApiPropertyOptional({ description: 'an agency of the same or a higher tier' })
  @IsOptional()
  @IsUUID()
  parentAgencyId?: string;

  @ApiProperty({ example: 'cyber@punjab.gov.pk' })
  @SafeEmail()
  contactEmail: string;

  @ApiPropertyOptional({ example: 'https://punjab.gov.pk' })
  @IsOptional()
  @SafeUrl()
  website?: string;
}
