import { ApiProperty } from '@nestjs/swagger';
import { SafeText } from '@csg/http';

export class CheckInDto {
  @ApiProperty({
    example: '7KQ2-M9XD',
    description: "the participant's personal code (case, spaces and dashes do not matter)",
  })
  @SafeText(1, 32)
  code: string;
}
