import type { Principal } from '@csg/auth';
import type { UnitOfWork } from '@csg/messaging';
import type { Comment } from '../domain/comment.aggregate';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { CommentRepository } from '../infrastructure/comment.repository';
import { toCommentView, type CommentView } from '../queries/discussion.view';
import { lockReadablePractice } from './readable-practice.util';

/** One change to one comment of a practice the caller may read, in one transaction. */
export function changeComment(
  unitOfWork: UnitOfWork,
  target: { practiceId: string; commentId: string },
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (comment: Comment) => void,
): Promise<CommentView> {
  return unitOfWork.run(async (tx) => {
    await lockReadablePractice(tx.manager, target.practiceId, actor);
    const comments = new CommentRepository(tx.manager);
    const comment = await comments.lock(target.practiceId, target.commentId);
    if (!comment) throw new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.');
    comment.assertVersion(expectedVersions);
    const previousVersion = comment.snapshot().version;
    change(comment);
    await comments.update(comment, previousVersion);
    return toCommentView(comment.snapshot());
  });
}
