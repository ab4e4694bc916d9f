import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, ValidateIf } from 'class-validator';
import { MEMBER_ROLES } from '@csg/contracts';
import { SafeEmail, SafeText } from '@csg/http';

const given = (_: object, value: unknown) => value !== undefined;

/** The fields to change; absent fields stay; `title` can be cleared with null. */
export class ChangeMemberDto {
  @ApiPropertyOptional({ enum: MEMBER_ROLES })
  @ValidateIf(given)
  @IsIn(MEMBER_ROLES)
  role?: (typeof MEMBER_ROLES)[number];

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeText(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @SafeText(1, 200)
  title?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @SafeEmail()
  email?: string;
}
