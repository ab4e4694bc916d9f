import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AGENCY_SECTORS, AGENCY_STATUSES, AGENCY_TIERS } from '@csg/contracts';
import { PageQueryDto, SafeText } from '@csg/http';

/** `GET /agencies?tier=&sector=&jurisdiction=&parentAgencyId=&status=&q=&limit=&cursor=` */
export class ListAgenciesDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AGENCY_TIERS })
  @IsOptional()
  @IsIn(AGENCY_TIERS)
  tier?: (typeof AGENCY_TIERS)[number];

  @ApiPropertyOptional({ enum: AGENCY_SECTORS })
  @IsOptional()
  @IsIn(AGENCY_SECTORS)
  sector?: (typeof AGENCY_SECTORS)[number];

  @ApiPropertyOptional({ example: 'Punjab', description: 'case-insensitive' })
  @IsOptional()
  @SafeText(1, 100)
  jurisdiction?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentAgencyId?: string;

  @ApiPropertyOptional({ enum: AGENCY_STATUSES })
  @IsOptional()
  @IsIn(AGENCY_STATUSES)
  status?: (typeof AGENCY_STATUSES)[number];

  @ApiPropertyOptional({
    example: 'punj home',
    description: 'words (or parts of words) that all occur in the name or the acronym',
  })
  @IsOptional()
  @SafeText(1, 100)
  q?: string;
}
