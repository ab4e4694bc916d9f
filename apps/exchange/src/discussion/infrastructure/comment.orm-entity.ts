import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { PracticeOrmEntity } from '../../practices/infrastructure/practice.orm-entity';

/**
 * The `practice_comments` table as its migration makes it (ADR 13). A removed comment keeps its
 * row (replies hang off it) without a body.
 */
@Entity({ name: 'practice_comments' })
@Check('practice_comments_removed_have_no_body', `((removed_at IS NULL) = (body IS NOT NULL))`)
@Index('practice_comments_thread_idx', ['practiceId', 'createdAt', 'id'])
export class CommentOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => PracticeOrmEntity, { name: 'practice_comments_practice_id_fkey' })
  practiceId: string;
  @Column('uuid', { nullable: true })
  @ForeignKey(() => CommentOrmEntity, { name: 'practice_comments_parent_id_fkey' })
  parentId: string | null;
  @Column('text') authorSub: string;
  @Column('text', { nullable: true }) authorName: string | null;
  @Column('text', { nullable: true }) body: string | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz', { nullable: true }) editedAt: Date | null;
  @Column('timestamptz', { nullable: true }) removedAt: Date | null;
}
