import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { PracticeRepository } from '../../../practices/domain/practice-repository.port';
import { Comment } from '../../domain/comment.aggregate';
import { CommentRepository } from '../../domain/comment-repository.port';
import { toCommentView, type CommentView } from '../../queries/discussion.view';
import { lockReadablePractice } from '../readable-practice.util';
import { PostCommentCommand } from './post-comment.command';

@CommandHandler(PostCommentCommand)
export class PostCommentHandler implements ICommandHandler<
  PostCommentCommand,
  IdempotentOutcome<CommentView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly practices: PracticeRepository,
    private readonly comments: CommentRepository,
    private readonly clock: Clock,
  ) {}

  /** Whoever may read the practice may comment on it; comment.posted carries the practice's marking. */
  execute({
    practiceId,
    body,
    parentId,
    actor,
    idempotency,
  }: PostCommentCommand): Promise<IdempotentOutcome<CommentView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const practice = (await lockReadablePractice(this.practices, practiceId, actor)).snapshot();
        const parent = parentId ? (await this.comments.find(parentId))?.snapshot() : undefined;
        const comment = Comment.post(
          {
            practice,
            body,
            parentId,
            parent: parent ? { ...parent, removed: parent.removedAt !== null } : null,
          },
          actor,
          this.clock.now(),
        );
        await this.comments.insert(comment);
        return toCommentView(comment.snapshot());
      }),
    );
  }
}
