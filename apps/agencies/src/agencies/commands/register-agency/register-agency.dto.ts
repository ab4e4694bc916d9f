import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches } from 'class-validator';
import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';

export class RegisterAgencyDto {
  @ApiProperty({ example: 'Home Department, Government of Punjab' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'HDP' })
  @IsString()
  @Matches(/^[A-Za-z0-9&.\- ]{2,20}$/, {
    message: 'acronym must be 2 to 20 letters, digits, spaces, & . or -',
  })
  acronym: string;

  @ApiProperty({ enum: AGENCY_TIERS })
  @IsIn(AGENCY_TIERS)
  tier: (typeof AGENCY_TIERS)[number];

  @ApiPropertyOptional({ example: 'Punjab' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  jurisdiction?: string;

  @ApiProperty({ enum: AGENCY_SECTORS })
  @IsIn(AGENCY_SECTORS)
  sector: (typeof AGENCY_SECTORS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentAgencyId?: string;

  @ApiProperty({ example: 'cyber@punjab.gov.pk' })
  @IsEmail()
  @Length(3, 254)
  contactEmail: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @Length(1, 500)
  website?: string;
}
