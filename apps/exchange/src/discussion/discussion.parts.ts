import { contextParts } from '@csg/runtime';
import { EditCommentController } from './commands/edit-comment/edit-comment.controller';
import { EditCommentHandler } from './commands/edit-comment/edit-comment.handler';
import { EndorsePracticeController } from './commands/endorse-practice/endorse-practice.controller';
import { EndorsePracticeHandler } from './commands/endorse-practice/endorse-practice.handler';
import { PostCommentController } from './commands/post-comment/post-comment.controller';
import { PostCommentHandler } from './commands/post-comment/post-comment.handler';
import { RemoveCommentController } from './commands/remove-comment/remove-comment.controller';
import { RemoveCommentHandler } from './commands/remove-comment/remove-comment.handler';
import { CommentRepository } from './domain/comment-repository.port';
import { EndorsementRepository } from './domain/endorsement-repository.port';
import { TypeOrmCommentRepository } from './infrastructure/comment.repository';
import { TypeOrmEndorsementRepository } from './infrastructure/endorsement.repository';
import { ListCommentsController } from './queries/list-comments/list-comments.controller';
import { ListCommentsHandler } from './queries/list-comments/list-comments.handler';
import { ListEndorsementsController } from './queries/list-endorsements/list-endorsements.controller';
import { ListEndorsementsHandler } from './queries/list-endorsements/list-endorsements.handler';

/** The discussion context: comments on practices and endorsements of them. */
export const DISCUSSION_PARTS = contextParts({
  useCases: [
    [EditCommentController, EditCommentHandler],
    [EndorsePracticeController, EndorsePracticeHandler],
    [PostCommentController, PostCommentHandler],
    [RemoveCommentController, RemoveCommentHandler],
    [ListCommentsController, ListCommentsHandler],
    [ListEndorsementsController, ListEndorsementsHandler],
  ],
  providers: [
    { provide: CommentRepository, useClass: TypeOrmCommentRepository },
    { provide: EndorsementRepository, useClass: TypeOrmEndorsementRepository },
  ],
});
