import { MEMBER_ROLES } from '@csg/contracts';
import { EmailField, EnumField, TextField } from '@csg/http';

/** The fields to change; absent fields stay; `title` can be cleared with null. */
export class ChangeMemberDto {
  @EnumField(MEMBER_ROLES, { optional: true })
  role?: (typeof MEMBER_ROLES)[number];

  @TextField({ max: 200, optional: true })
  displayName?: string;

  @TextField({ max: 200, nullable: true })
  title?: string | null;

  @EmailField({ optional: true })
  email?: string;
}
