import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { RegistrationOrmEntity } from '../../registrations/infrastructure/registration.orm-entity';
import { SessionOrmEntity } from '../../sessions/infrastructure/session.orm-entity';

/** The `feedback` table (ADR 13): one rating per attendee and session. */
@Entity({ name: 'feedback' })
@Check('feedback_rating_check', `rating BETWEEN 1 AND 5`)
@Index('feedback_once_per_person', { synchronize: false })
export class FeedbackOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => SessionOrmEntity, { name: 'feedback_session_id_fkey' })
  sessionId: string;
  @Column('uuid')
  @ForeignKey(() => RegistrationOrmEntity, { name: 'feedback_registration_id_fkey' })
  registrationId: string;
  @Column('text') sub: string;
  @Column('smallint') rating: number;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz') submittedAt: Date;
}
