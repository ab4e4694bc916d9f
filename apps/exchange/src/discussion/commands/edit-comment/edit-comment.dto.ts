import { ApiProperty } from '@nestjs/swagger';
import { SafeText } from '@csg/http';

/** `PATCH /practices/{id}/comments/{commentId}`: the new text (its author, within 15 minutes). */
export class EditCommentDto {
  @ApiProperty({ minLength: 1, maxLength: 10000 })
  @SafeText(1, 10_000, { multiline: true })
  body: string;
}
