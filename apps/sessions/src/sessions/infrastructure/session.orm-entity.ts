import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The `sessions` table as its migrations make it (checks and named indexes, `synchronize: false`),
 * so TypeORM's schema comparison finds nothing to change (ADR 13). `version` is the aggregate's
 * own (set by the domain, checked on UPDATE).
 */
@Entity({ name: 'sessions' })
@Check('sessions_sequence_check', `sequence >= 1`)
@Check('sessions_mode_check', `mode IN ('IN_PERSON', 'ONLINE', 'HYBRID')`)
@Check('sessions_capacity_check', `capacity >= 1`)
@Check('sessions_seats_per_agency_check', `seats_per_agency >= 1`)
@Check('sessions_status_check', `status IN ('DRAFT', 'SCHEDULED', 'COMPLETED', 'CANCELLED')`)
@Check('sessions_check', `ends_at > starts_at`)
@Index('sessions_sequence_key', { synchronize: false })
@Index('sessions_starts_at', { synchronize: false })
export class SessionOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('integer') sequence: number;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text') timezone: string;
  @Column('text') mode: string;
  @Column('text', { nullable: true }) venue: string | null;
  @Column('text', { nullable: true }) joinUrl: string | null;
  @Column('integer') capacity: number;
  @Column('integer', { nullable: true }) seatsPerAgency: number | null;
  @Column('text', { array: true, nullable: true }) invitedTiers: string[] | null;
  @Column('text', { array: true, nullable: true }) invitedSectors: string[] | null;
  @Column('uuid', { array: true, nullable: true }) invitedAgencyIds: string[] | null;
  @Column('text') status: string;
  @Column('text', { nullable: true }) cancellationReason: string | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
