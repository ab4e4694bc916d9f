import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `registrations` table; `position` (an identity column) orders the waitlist. */
@Entity({ name: 'registrations' })
export class RegistrationOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') agencyId: string;
  @Column('text', { nullable: true }) sub: string | null;
  @Column('text') name: string;
  @Column('text') email: string;
  @Column('text') status: string;
  @Column({ type: 'bigint', insert: false, update: false }) position: string;
  @Column('text') registeredBy: string;
  @Column('text') checkInCodeHash: string;
  @Column('timestamptz', { nullable: true }) attendedAt: Date | null;
  @Column('text', { nullable: true }) attendanceSource: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
