import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { PracticeRepository } from '../../../practices/domain/practice-repository.port';
import { CommentRepository } from '../../domain/comment-repository.port';
import type { CommentView } from '../../queries/discussion.view';
import { changeComment } from '../comment-change.util';
import { RemoveCommentCommand } from './remove-comment.command';

@CommandHandler(RemoveCommentCommand)
export class RemoveCommentHandler implements ICommandHandler<RemoveCommentCommand, CommentView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly comments: CommentRepository,
    readonly clock: Clock,
  ) {}

  execute({ practiceId, commentId, expectedVersions, actor }: RemoveCommentCommand): Promise<CommentView> {
    return changeComment(this, { practiceId, commentId }, actor, expectedVersions, (comment, now) =>
      comment.remove(actor, now),
    );
  }
}
