import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'feedback' })
export class FeedbackOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') registrationId: string;
  @Column('text') sub: string;
  @Column('smallint') rating: number;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz') submittedAt: Date;
}
