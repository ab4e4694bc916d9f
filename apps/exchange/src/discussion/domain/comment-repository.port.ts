import type { Comment } from './comment.aggregate';

/** Where comments are kept, in the running unit of work's transaction. */
export abstract class CommentRepository {
  abstract insert(comment: Comment): Promise<void>;

  /** Any comment by id (a reply's parent is checked against its practice by the rule). */
  abstract find(id: string): Promise<Comment | null>;

  /** The comment of that practice, locked until the transaction ends; null when there is none. */
  abstract lock(practiceId: string, commentId: string): Promise<Comment | null>;

  /** Writes the comment if it is still at `previousVersion`. */
  abstract update(comment: Comment, previousVersion: number): Promise<void>;
}
