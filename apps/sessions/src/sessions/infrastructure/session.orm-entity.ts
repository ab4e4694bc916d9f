import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `sessions` table. `version` is the aggregate's own (set by the domain, checked on UPDATE). */
@Entity({ name: 'sessions' })
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
