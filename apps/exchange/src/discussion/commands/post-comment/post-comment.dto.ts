import { TextField, UuidField } from '@csg/http';

/** `POST /practices/{id}/comments` */
export class PostCommentDto {
  @TextField({ max: 10_000, multiline: true })
  body: string;

  @UuidField({ optional: true, description: 'a top-level comment of the same practice to reply to' })
  parentId?: string;
}
