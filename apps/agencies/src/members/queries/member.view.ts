import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MEMBER_ROLES } from '@csg/contracts';
import type { MemberState } from '../domain/member.aggregate';

/** A member as the API shows it (timestamps ISO 8601 UTC), and nothing more. */
@ApiSchema({ name: 'Member' })
export class MemberView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  agencyId: string;

  @ApiProperty({ description: "the person's OIDC subject" })
  sub: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ example: 'Ayesha Khan' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true, example: 'Director, Information Security' })
  title: string | null;

  @ApiProperty({ enum: MEMBER_ROLES, enumName: 'MemberRole' })
  role: MemberState['role'];

  @ApiProperty({ type: 'integer', minimum: 1, description: 'also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toMemberView(state: Readonly<MemberState>): MemberView {
  return {
    id: state.id,
    agencyId: state.agencyId,
    sub: state.sub,
    email: state.email,
    displayName: state.displayName,
    title: state.title,
    role: state.role,
    version: state.version,
    createdAt: state.createdAt.toISOString(),
    updatedAt: state.updatedAt.toISOString(),
  };
}
