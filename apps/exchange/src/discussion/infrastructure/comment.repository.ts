import type { EntityManager } from 'typeorm';
import { Comment, type CommentState } from '../domain/comment.aggregate';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { CommentOrmEntity } from './comment.orm-entity';

const fromRow = (row: CommentOrmEntity): CommentState => ({
  ...row,
  createdAt: new Date(row.createdAt),
  editedAt: row.editedAt ? new Date(row.editedAt) : null,
  removedAt: row.removedAt ? new Date(row.removedAt) : null,
});

/** Comments in their table, inside the caller's transaction. */
export class CommentRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(comment: Comment): Promise<void> {
    await this.manager.insert(CommentOrmEntity, { ...comment.snapshot() });
  }

  /** The comment of that practice, locked until the transaction ends; null when there is none. */
  async lock(practiceId: string, commentId: string): Promise<Comment | null> {
    const row = await this.manager
      .createQueryBuilder(CommentOrmEntity, 'c')
      .setLock('for_no_key_update')
      .where('c.id = :commentId AND c.practiceId = :practiceId', { commentId, practiceId })
      .getOne();
    return row ? Comment.restore(fromRow(row)) : null;
  }

  async find(id: string): Promise<Comment | null> {
    const row = await this.manager.findOneBy(CommentOrmEntity, { id });
    return row ? Comment.restore(fromRow(row)) : null;
  }

  async update(comment: Comment, previousVersion: number): Promise<void> {
    const { id, ...rest } = comment.snapshot();
    const result = await this.manager.update(CommentOrmEntity, { id, version: previousVersion }, rest);
    if (result.affected !== 1) throw new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.');
  }
}
