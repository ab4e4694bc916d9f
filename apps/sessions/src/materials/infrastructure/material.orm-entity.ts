import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { SessionOrmEntity } from '../../sessions/infrastructure/session.orm-entity';

/** The `materials` table (ADR 13). */
@Entity({ name: 'materials' })
@Check('materials_tlp_check', `tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')`)
@Index('materials_by_session', { synchronize: false })
export class MaterialOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => SessionOrmEntity, { name: 'materials_session_id_fkey' })
  sessionId: string;
  @Column('text') title: string;
  @Column('text') url: string;
  @Column('uuid', { nullable: true }) agendaItemId: string | null;
  @Column('text') tlp: string;
  @Column('uuid', { nullable: true }) ownerAgencyId: string | null;
  @Column('text') publishedBy: string;
  @Column('timestamptz') publishedAt: Date;
}
