import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `practice_comments` table. A removed comment keeps its row (replies hang off it) without a body. */
@Entity({ name: 'practice_comments' })
export class CommentOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') practiceId: string;
  @Column('uuid', { nullable: true }) parentId: string | null;
  @Column('text') authorSub: string;
  @Column('text', { nullable: true }) authorName: string | null;
  @Column('text', { nullable: true }) body: string | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz', { nullable: true }) editedAt: Date | null;
  @Column('timestamptz', { nullable: true }) removedAt: Date | null;
}
