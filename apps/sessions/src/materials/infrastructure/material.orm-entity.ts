import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'materials' })
export class MaterialOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') sessionId: string;
  @Column('text') title: string;
  @Column('text') url: string;
  @Column('uuid', { nullable: true }) agendaItemId: string | null;
  @Column('text') tlp: string;
  @Column('uuid', { nullable: true }) ownerAgencyId: string | null;
  @Column('text') publishedBy: string;
  @Column('timestamptz') publishedAt: Date;
}
