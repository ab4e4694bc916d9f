import { ApiProperty } from '@nestjs/swagger';
import { SafeText } from '@csg/http';

/** `POST /practices/{id}/reject`: why, for the authors. */
export class RejectPracticeDto {
  @ApiProperty({ minLength: 3, maxLength: 2000, example: 'Please add the rollout steps and what it cost.' })
  @SafeText(3, 2000, { multiline: true })
  reason: string;
}
