import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { AGENCY_SECTORS, AGENCY_STATUSES, AGENCY_TIERS } from '@csg/contracts';
import type { AgencyState } from '../domain/agency.aggregate';

/** Who applied for a PENDING_VERIFICATION agency (becomes its first agency-admin on verification). */
@ApiSchema({ name: 'AgencyApplicant' })
export class ApplicantView {
  @ApiProperty({ description: "the applicant's OIDC subject" })
  sub: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ format: 'email' })
  email: string;
}

/** An agency as the API shows it (timestamps ISO 8601 UTC), and nothing more. */
@ApiSchema({ name: 'Agency' })
export class AgencyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Home Department, Government of Punjab' })
  name: string;

  @ApiProperty({ example: 'HDP' })
  acronym: string;

  @ApiProperty({ enum: AGENCY_TIERS, enumName: 'AgencyTier' })
  tier: AgencyState['tier'];

  @ApiProperty({ type: String, nullable: true, example: 'Punjab' })
  jurisdiction: string | null;

  @ApiProperty({ enum: AGENCY_SECTORS, enumName: 'AgencySector' })
  sector: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentAgencyId: string | null;

  @ApiProperty({ format: 'email' })
  contactEmail: string;

  @ApiProperty({ type: String, nullable: true, example: 'https://punjab.gov.pk' })
  website: string | null;

  @ApiProperty({ enum: AGENCY_STATUSES, enumName: 'AgencyStatus' })
  status: AgencyState['status'];

  @ApiProperty({ type: 'integer', minimum: 1, description: 'also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiPropertyOptional({
    type: ApplicantView,
    description: 'only while PENDING_VERIFICATION (then only organisers and the applicant see the agency)',
  })
  applicant?: ApplicantView;
}

/** The view of an agency's state: the fields above, picked one by one (no sort keys or columns). */
export function toAgencyView(state: Readonly<AgencyState>): AgencyView {
  const applicant = state.status === 'PENDING_VERIFICATION' ? state.applicant : null;
  return {
    id: state.id,
    name: state.name,
    acronym: state.acronym,
    tier: state.tier,
    jurisdiction: state.jurisdiction,
    sector: state.sector,
    parentAgencyId: state.parentAgencyId,
    contactEmail: state.contactEmail,
    website: state.website,
    status: state.status,
    version: state.version,
    createdAt: state.createdAt.toISOString(),
    updatedAt: state.updatedAt.toISOString(),
    ...(applicant
      ? { applicant: { sub: applicant.sub, displayName: applicant.displayName, email: applicant.email } }
      : {}),
  };
}
