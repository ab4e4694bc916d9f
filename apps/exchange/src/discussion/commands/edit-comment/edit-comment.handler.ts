import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { CommentView } from '../../queries/discussion.view';
import { changeComment } from '../comment-change.util';
import { EditCommentCommand } from './edit-comment.command';

@CommandHandler(EditCommentCommand)
export class EditCommentHandler implements ICommandHandler<EditCommentCommand, CommentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    practiceId,
    commentId,
    body,
    expectedVersions,
    actor,
  }: EditCommentCommand): Promise<CommentView> {
    return changeComment(this.unitOfWork, { practiceId, commentId }, actor, expectedVersions, (comment) =>
      comment.edit(body, actor),
    );
  }
}
