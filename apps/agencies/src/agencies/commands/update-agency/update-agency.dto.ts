import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';
import { EmailField, EnumField, StringField, TextField, UrlField, UuidField } from '@csg/http';
import { ACRONYM_MESSAGE, ACRONYM_PATTERN } from '../register-agency/register-agency.dto';

/**
 * The fields to change; absent fields stay. `jurisdiction`, `parentAgencyId` and `website` can
 * be cleared with null. Agency-admins may change `name`, `contactEmail` and `website`; the rest
 * (the agency's identity and place in the hierarchy) is for organisers and platform-admins.
 */
export class UpdateAgencyDto {
  @TextField({ min: 2, max: 200, optional: true })
  name?: string;

  @StringField({ pattern: ACRONYM_PATTERN, message: ACRONYM_MESSAGE, optional: true })
  acronym?: string;

  @EnumField(AGENCY_TIERS, { optional: true })
  tier?: (typeof AGENCY_TIERS)[number];

  @TextField({ min: 2, max: 100, nullable: true })
  jurisdiction?: string | null;

  @EnumField(AGENCY_SECTORS, { optional: true })
  sector?: (typeof AGENCY_SECTORS)[number];

  @UuidField({ nullable: true })
  parentAgencyId?: string | null;

  @EmailField({ optional: true })
  contactEmail?: string;

  @UrlField({ nullable: true })
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
