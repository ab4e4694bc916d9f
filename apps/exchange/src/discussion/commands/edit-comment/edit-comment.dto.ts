import { TextField } from '@csg/http';

/** `PATCH /practices/{id}/comments/{commentId}`: the new text (its author, within 15 minutes). */
export class EditCommentDto {
  @TextField({ max: 10_000, multiline: true })
  body: string;
}
