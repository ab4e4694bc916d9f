import { MEMBER_ROLES } from '@csg/contracts';
import { EmailField, EnumField, TextField } from '@csg/http';

export class AddMemberDto {
  @TextField({
    max: 255,
    description: "the person's OIDC subject",
    example: '8f14e45f-ceea-467f-a0e6-6ab1b8f3c1a2',
  })
  sub: string;

  @EmailField({ example: 'a.khan@punjab.gov.pk' })
  email: string;

  @TextField({ max: 200, example: 'Ayesha Khan' })
  displayName: string;

  @TextField({ max: 200, optional: true, example: 'Director, Information Security' })
  title?: string;

  @EnumField(MEMBER_ROLES)
  role: (typeof MEMBER_ROLES)[number];
}
