import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { CommentView } from '../../queries/discussion.view';
import { changeComment } from '../comment-change.util';
import { RemoveCommentCommand } from './remove-comment.command';

@CommandHandler(RemoveCommentCommand)
export class RemoveCommentHandler implements ICommandHandler<RemoveCommentCommand, CommentView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, commentId, expectedVersions, actor }: RemoveCommentCommand): Promise<CommentView> {
    return changeComment(this.unitOfWork, { practiceId, commentId }, actor, expectedVersions, (comment) =>
      comment.remove(actor),
    );
  }
}
