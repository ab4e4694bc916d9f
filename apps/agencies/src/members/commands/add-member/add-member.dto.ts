import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MEMBER_ROLES } from '@csg/contracts';
import { SafeEmail, SafeText } from '@csg/http';

export class AddMemberDto {
  @ApiProperty({ description: "the person's OIDC subject", example: '8f14e45f-ceea-467f-a0e6-6ab1b8f3c1a2' })
  @SafeText(1, 255)
  sub: string;

  @ApiProperty({ example: 'a.khan@punjab.gov.pk' })
  @SafeEmail()
  email: string;

  @ApiProperty({ example: 'Ayesha Khan' })
  @SafeText(1, 200)
  displayName: string;

  @ApiPropertyOptional({ example: 'Director, Information Security' })
  @IsOptional()
  @SafeText(1, 200)
  title?: string;

  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role: (typeof MEMBER_ROLES)[number];
}
