import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AgencyOrmEntity } from '../../agencies/infrastructure/agency.orm-entity';

/**
 * The `members` table as its migration makes it (one row per agency and person), so TypeORM's
 * schema comparison finds nothing to change (ADR 13).
 */
@Entity({ name: 'members' })
@Check('members_role_check', `role IN ('agency-admin', 'member')`)
@Unique('members_agency_sub_key', ['agencyId', 'sub'])
@Index('members_sub_idx', { synchronize: false })
@Index('members_agency_order_idx', { synchronize: false })
export class MemberOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => AgencyOrmEntity, { name: 'members_agency_id_fkey' })
  agencyId: string;
  @Column('text') sub: string;
  @Column('text') email: string;
  @Column('text') displayName: string;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') role: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
