import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Comment, type CommentState } from '../domain/comment.aggregate';
import { CommentRepository } from '../domain/comment-repository.port';
import { DiscussionRuleViolation } from '../domain/discussion.errors';
import { CommentOrmEntity } from './comment.orm-entity';

const fromRow = (row: CommentOrmEntity): CommentState => ({
  ...row,
  createdAt: new Date(row.createdAt),
  editedAt: row.editedAt ? new Date(row.editedAt) : null,
  removedAt: row.removedAt ? new Date(row.removedAt) : null,
});

/** Comments in their table, in the running unit of work's transaction. */
@Injectable()
export class TypeOrmCommentRepository extends CommentRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(comment: Comment): Promise<void> {
    await this.manager.insert(CommentOrmEntity, { ...comment.snapshot() });
    this.transactions.current.track(comment);
  }

  async find(id: string): Promise<Comment | null> {
    const row = await this.manager.findOneBy(CommentOrmEntity, { id });
    return row ? Comment.restore(fromRow(row)) : null;
  }

  async lock(practiceId: string, commentId: string): Promise<Comment | null> {
    const row = await this.manager
      .createQueryBuilder(CommentOrmEntity, 'c')
      .setLock('for_no_key_update')
      .where('c.id = :commentId AND c.practiceId = :practiceId', { commentId, practiceId })
      .getOne();
    return row ? Comment.restore(fromRow(row)) : null;
  }

  async update(comment: Comment, previousVersion: number): Promise<void> {
    const { id, ...rest } = comment.snapshot();
    const result = await this.manager.update(CommentOrmEntity, { id, version: previousVersion }, rest);
    if (result.affected !== 1) throw new DiscussionRuleViolation('COMMENT.NOT_FOUND', 'No such comment.');
    this.transactions.current.track(comment);
  }
}
