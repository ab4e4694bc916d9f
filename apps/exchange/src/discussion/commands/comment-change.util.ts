import type { Principal } from '@csg/auth';
import type { UnitOfWork } from '@csg/messaging';
import type { PracticeRepository } from '../../practices/domain/practice-repository.port';
import type { Comment } from '../domain/comment.aggregate';
import type { CommentRepository } from '../domain/comment-repository.port';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { toCommentView, type CommentView } from '../queries/discussion.view';
import { lockReadablePractice } from './readable-practice.util';

/** The ports a comment change works with (injected into each handler). */
export interface CommentPorts {
  unitOfWork: UnitOfWork;
  practices: PracticeRepository;
  comments: CommentRepository;
}

/** One change to one comment of a practice the caller may read, in one unit of work. */
export function changeComment(
  ports: CommentPorts,
  target: { practiceId: string; commentId: string },
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (comment: Comment) => void,
): Promise<CommentView> {
  return ports.unitOfWork.run(async () => {
    await lockReadablePractice(ports.practices, target.practiceId, actor);
    const comment = await ports.comments.lock(target.practiceId, target.commentId);
    if (!comment) throw new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.');
    comment.assertVersion(expectedVersions);
    const previousVersion = comment.snapshot().version;
    change(comment);
    await ports.comments.update(comment, previousVersion);
    return toCommentView(comment.snapshot());
  });
}
