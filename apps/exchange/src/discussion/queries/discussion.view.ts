import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { CommentState } from '../domain/comment.aggregate';

/** A comment; a removed one keeps its place in the thread without its body. */
@ApiSchema({ name: 'PracticeComment' })
export class CommentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) practiceId: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'the comment this replies to' })
  parentId: string | null;
  @ApiProperty() authorSub: string;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once removed' }) body: string | null;
  @ApiProperty() removed: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) editedAt: string | null;
}

/** An agency's statement that it adopted a practice. */
@ApiSchema({ name: 'PracticeEndorsement' })
export class EndorsementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) practiceId: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ type: String, nullable: true, description: 'as the agencies service last told' })
  agencyName: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyAcronym: string | null;
  @ApiProperty() endorserSub: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());

export function toCommentView(state: Readonly<CommentState>): CommentView {
  return {
    id: state.id,
    practiceId: state.practiceId,
    parentId: state.parentId,
    authorSub: state.authorSub,
    authorName: state.authorName,
    body: state.body,
    removed: state.removedAt !== null,
    version: state.version,
    createdAt: iso(state.createdAt)!,
    editedAt: iso(state.editedAt),
  };
}

export function toEndorsementView(row: {
  id: string;
  practiceId: string;
  agencyId: string;
  agencyName: string | null;
  agencyAcronym: string | null;
  endorserSub: string;
  note: string | null;
  createdAt: Date | string;
}): EndorsementView {
  return { ...row, createdAt: iso(row.createdAt)! };
}
