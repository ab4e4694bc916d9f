import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { PracticeRepository } from '../../../practices/domain/practice-repository.port';
import { CommentRepository } from '../../domain/comment-repository.port';
import type { CommentView } from '../../queries/discussion.view';
import { changeComment } from '../comment-change.util';
import { EditCommentCommand } from './edit-comment.command';

@CommandHandler(EditCommentCommand)
export class EditCommentHandler implements ICommandHandler<EditCommentCommand, CommentView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly comments: CommentRepository,
  ) {}

  execute({
    practiceId,
    commentId,
    body,
    expectedVersions,
    actor,
  }: EditCommentCommand): Promise<CommentView> {
    return changeComment(this, { practiceId, commentId }, actor, expectedVersions, (comment) =>
      comment.edit(body, actor),
    );
  }
}
