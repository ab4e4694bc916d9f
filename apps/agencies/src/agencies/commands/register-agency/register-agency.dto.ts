import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';
import { EmailField, EnumField, StringField, TextField, UrlField, UuidField } from '@csg/http';

export const ACRONYM_PATTERN = /^[A-Za-z0-9&.\- ]{2,20}$/;
export const ACRONYM_MESSAGE = 'acronym must be 2 to 20 letters, digits, spaces, & . or -';

export class RegisterAgencyDto {
  @TextField({ min: 2, max: 200, example: 'Home Department, Government of Punjab' })
  name: string;

  @StringField({
    pattern: ACRONYM_PATTERN,
    message: ACRONYM_MESSAGE,
    example: 'HDP',
    description: 'unique, case-insensitive',
  })
  acronym: string;

  @EnumField(AGENCY_TIERS)
  tier: (typeof AGENCY_TIERS)[number];

  @TextField({
    min: 2,
    max: 100,
    optional: true,
    example: 'Punjab',
    description: 'required for PROVINCIAL and DEPARTMENTAL',
  })
  jurisdiction?: string;

  @EnumField(AGENCY_SECTORS)
  sector: (typeof AGENCY_SECTORS)[number];

  @UuidField({ optional: true, description: 'an agency of the same or a higher tier' })
  parentAgencyId?: string;

  @EmailField({ example: 'cyber@punjab.gov.pk' })
  contactEmail: string;

  @UrlField({ optional: true, example: 'https://punjab.gov.pk' })
  website?: string;
}
