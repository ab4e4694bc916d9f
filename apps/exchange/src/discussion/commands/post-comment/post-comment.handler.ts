import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommentPosted } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import {
  mayCarryContent,
  practiceMarkingData,
} from '../../../practices/infrastructure/practice-events.mapper';
import { Comment } from '../../domain/comment.aggregate';
import { CommentRepository } from '../../infrastructure/comment.repository';
import { toCommentView, type CommentView } from '../../queries/discussion.view';
import { lockReadablePractice } from '../readable-practice.util';
import { PostCommentCommand } from './post-comment.command';

@CommandHandler(PostCommentCommand)
export class PostCommentHandler implements ICommandHandler<
  PostCommentCommand,
  IdempotentOutcome<CommentView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Whoever may read the practice may comment on it; the event carries the practice's marking. */
  execute({
    practiceId,
    body,
    parentId,
    actor,
    idempotency,
  }: PostCommentCommand): Promise<IdempotentOutcome<CommentView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const practice = (await lockReadablePractice(tx.manager, practiceId, actor)).snapshot();
        const comments = new CommentRepository(tx.manager);
        const parent = parentId ? (await comments.find(parentId))?.snapshot() : undefined;
        const comment = Comment.post(
          {
            practiceId,
            body,
            parentId,
            parent: parent ? { ...parent, removed: parent.removedAt !== null } : null,
          },
          actor,
        );
        await comments.insert(comment);
        const state = comment.snapshot();
        tx.emit(CommentPosted, {
          ...practiceMarkingData(practice),
          commentId: state.id,
          parentId: state.parentId,
          authorSub: state.authorSub,
          ...(mayCarryContent(practice) ? { body: state.body } : {}),
          occurredAt: state.createdAt.toISOString(),
        });
        return toCommentView(state);
      }),
    );
  }
}
