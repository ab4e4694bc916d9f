import type { Principal } from '@csg/auth';
import { runVersionedChange, type Clock } from '@csg/domain';
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
  clock: Clock;
}

/**
 * One change to one comment: the versioned change (libs/domain), where the comment is found
 * under its practice's lock, and only on a practice the caller may read.
 */
export function changeComment(
  ports: CommentPorts,
  { practiceId, commentId }: { practiceId: string; commentId: string },
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (comment: Comment, now: Date) => unknown,
): Promise<CommentView> {
  const commentsOfTheReadablePractice = {
    lockById: async (id: string) => {
      await lockReadablePractice(ports.practices, practiceId, actor);
      return ports.comments.lock(practiceId, id);
    },
    update: (comment: Comment, previousVersion: number) => ports.comments.update(comment, previousVersion),
  };
  return runVersionedChange(ports.unitOfWork, commentsOfTheReadablePractice, {
    id: commentId,
    expectedVersions,
    notFound: () => new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.'),
    apply: (comment) => change(comment, ports.clock.now()),
    answer: (comment) => toCommentView(comment.snapshot()),
  });
}
