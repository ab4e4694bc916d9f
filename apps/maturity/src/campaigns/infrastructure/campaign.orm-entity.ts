import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { FrameworkOrmEntity } from '../../frameworks/infrastructure/framework.orm-entity';

/**
 * The `campaigns` table as its migration makes it: checks, the foreign key to its framework,
 * defaults and the named index (`synchronize: false`: a descending index TypeORM must not drop),
 * so TypeORM's schema comparison finds nothing to change (ADR 13).
 */
@Entity({ name: 'campaigns' })
@Check(
  'campaigns_audience_kind_check',
  `(audience_kind = ANY (ARRAY['ALL'::text, 'TIERS'::text, 'SECTORS'::text, 'AGENCIES'::text]))`,
)
@Check('campaigns_status_check', `(status = ANY (ARRAY['OPEN'::text, 'CLOSED'::text]))`)
@Check('campaigns_check', `(opens_at < closes_at)`)
@Index('campaigns_order_idx', { synchronize: false })
export class CampaignOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text')
  @ForeignKey(() => FrameworkOrmEntity, { name: 'campaigns_framework_id_fkey' })
  frameworkId: string;
  @Column('timestamptz') opensAt: Date;
  @Column('timestamptz') closesAt: Date;
  @Column('uuid', { array: true, default: '{}' }) sessionIds: string[];
  @Column('text') audienceKind: string;
  @Column('text', { array: true, default: '{}' }) audienceValues: string[];
  @Column('jsonb') targets: {
    default: number;
    byFunction: Record<string, number>;
    bySubcategory: Record<string, number>;
  };
  @Column('text') status: string;
  @Column('text') openedBy: string;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
