import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { SafeText } from '@csg/http';

/** `POST /practices/{id}/endorsements`: an agency (the caller is its member) says it adopted the practice. */
export class EndorsePracticeDto {
  @ApiProperty({ format: 'uuid', description: 'the adopting agency' })
  @IsUUID()
  agencyId: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Rolled out to all 400 staff in March.' })
  @IsOptional()
  @SafeText(1, 2000, { multiline: true })
  note?: string;
}
