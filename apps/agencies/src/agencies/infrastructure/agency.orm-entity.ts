import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `agencies` table. `version` is the aggregate's own (set by the domain, checked on UPDATE). */
@Entity({ name: 'agencies' })
export class AgencyOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') acronym: string;
  @Column('text') tier: string;
  @Column('text', { nullable: true }) jurisdiction: string | null;
  @Column('text') sector: string;
  @Column('uuid', { nullable: true }) parentAgencyId: string | null;
  @Column('text') contactEmail: string;
  @Column('text', { nullable: true }) website: string | null;
  @Column('text') status: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
  @Column('text', { nullable: true }) applicantSub: string | null;
  @Column('text', { nullable: true }) applicantDisplayName: string | null;
  @Column('text', { nullable: true }) applicantEmail: string | null;
}
