import { AGENCY_SECTORS, AGENCY_STATUSES, AGENCY_TIERS } from '@csg/contracts';
import { EnumField, PageQueryDto, TextField, UuidField } from '@csg/http';

/** `GET /agencies?tier=&sector=&jurisdiction=&parentAgencyId=&status=&q=&limit=&cursor=` */
export class ListAgenciesDto extends PageQueryDto {
  @EnumField(AGENCY_TIERS, { optional: true })
  tier?: (typeof AGENCY_TIERS)[number];

  @EnumField(AGENCY_SECTORS, { optional: true })
  sector?: (typeof AGENCY_SECTORS)[number];

  @TextField({ max: 100, optional: true, example: 'Punjab', description: 'case-insensitive' })
  jurisdiction?: string;

  @UuidField({ optional: true })
  parentAgencyId?: string;

  @EnumField(AGENCY_STATUSES, { optional: true })
  status?: (typeof AGENCY_STATUSES)[number];

  @TextField({
    max: 100,
    optional: true,
    example: 'punj home',
    description: 'words (or parts of words) that all occur in the name or the acronym',
  })
  q?: string;
}
