import { ApiProperty } from '@nestjs/swagger';
import { SafeText } from '@csg/http';

export class CancelSessionDto {
  @ApiProperty({ example: 'The venue is unavailable; a new date follows.' })
  @SafeText(3, 1_000, { multiline: true })
  reason: string;
}
