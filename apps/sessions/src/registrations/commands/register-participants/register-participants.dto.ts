import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SafeEmail, SafeText } from '@csg/http';

export class ParticipantDto {
  @ApiPropertyOptional({
    description:
      "a signed-in person's OIDC subject (a member of the agency); omit for an external participant",
  })
  @IsOptional()
  @SafeText(1, 255)
  sub?: string;

  @ApiProperty({ example: 'Ayesha Khan' })
  @SafeText(1, 200)
  name: string;

  @ApiProperty({ example: 'ayesha.khan@hec.gov.pk' })
  @SafeEmail()
  email: string;
}

export class RegisterParticipantsDto {
  @ApiProperty({ format: 'uuid', description: 'the agency the participants come from (the caller’s own)' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ type: [ParticipantDto], minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants: ParticipantDto[];
}
