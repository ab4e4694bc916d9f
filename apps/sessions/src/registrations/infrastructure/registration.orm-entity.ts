import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { SessionOrmEntity } from '../../sessions/infrastructure/session.orm-entity';

/** The `registrations` table (ADR 13); `position` (an identity column) orders the waitlist. */
@Entity({ name: 'registrations' })
@Check('registrations_status_check', `status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')`)
@Check('registrations_attendance_source_check', `attendance_source IN ('BULK', 'CHECK_IN')`)
@Check('registrations_check', `(attended_at IS NULL) = (attendance_source IS NULL)`)
@Index('registrations_one_place_per_person', { synchronize: false })
@Index('registrations_one_place_per_email', { synchronize: false })
@Index('registrations_check_in_code', { synchronize: false })
@Index('registrations_by_session', { synchronize: false })
@Index('registrations_by_agency', { synchronize: false })
export class RegistrationOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => SessionOrmEntity, { name: 'registrations_session_id_fkey' })
  sessionId: string;
  @Column('uuid') agencyId: string;
  @Column('text', { nullable: true }) sub: string | null;
  @Column('text') name: string;
  @Column('text') email: string;
  @Column('text') status: string;
  @Column({
    type: 'bigint',
    insert: false,
    update: false,
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
  })
  position: string;
  @Column('text') registeredBy: string;
  @Column('text') checkInCodeHash: string;
  @Column('timestamptz', { nullable: true }) attendedAt: Date | null;
  @Column('text', { nullable: true }) attendanceSource: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
