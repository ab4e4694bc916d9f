import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

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
  @VersionColumn() version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
