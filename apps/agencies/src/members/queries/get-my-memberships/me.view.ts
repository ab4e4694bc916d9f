import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { AGENCY_STATUSES, MEMBER_ROLES } from '@csg/contracts';

/** One agency the caller belongs to, whatever its status. */
@ApiSchema({ name: 'Membership' })
export class MembershipView {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ format: 'uuid' })
  agencyId: string;

  @ApiProperty()
  agencyName: string;

  @ApiProperty()
  agencyAcronym: string;

  @ApiProperty({ enum: AGENCY_STATUSES, enumName: 'AgencyStatus' })
  agencyStatus: string;

  @ApiProperty({ enum: MEMBER_ROLES, enumName: 'MemberRole' })
  role: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: "the member's version" })
  version: number;
}

/** `GET /me`: the caller as their token says, and their memberships. */
@ApiSchema({ name: 'Me' })
export class MeView {
  @ApiProperty({ description: 'OIDC subject' })
  sub: string;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ enum: ['platform-admin', 'organiser'], isArray: true })
  platformRoles: string[];

  @ApiProperty({ type: [MembershipView] })
  memberships: MembershipView[];
}
