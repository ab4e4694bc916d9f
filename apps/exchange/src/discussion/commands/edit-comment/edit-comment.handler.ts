import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
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
    readonly clock: Clock,
  ) {}

  execute({
    practiceId,
    commentId,
    body,
    expectedVersions,
    actor,
  }: EditCommentCommand): Promise<CommentView> {
    return changeComment(this, { practiceId, commentId }, actor, expectedVersions, (comment, now) =>
      comment.edit(body, actor, now),
    );
  }
}
