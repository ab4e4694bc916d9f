import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { CampaignOrmEntity } from '../../campaigns/infrastructure/campaign.orm-entity';
import { FrameworkOrmEntity } from '../../frameworks/infrastructure/framework.orm-entity';

/**
 * The `assessments` table as its migration makes it (one per agency and campaign): checks,
 * foreign keys, the unique constraint, defaults and the named indexes (`synchronize: false`:
 * descending and GIN indexes TypeORM must not drop), so TypeORM's schema comparison finds
 * nothing to change (ADR 13). Answers are written in bulk by SQL, not through an entity.
 */
@Entity({ name: 'assessments' })
@Check(
  'assessments_status_check',
  `(status = ANY (ARRAY['DRAFT'::text, 'SUBMITTED'::text, 'REVIEWED'::text]))`,
)
@Check('assessments_tlp_check', `(tlp = ANY (ARRAY['TLP:AMBER+STRICT'::text, 'TLP:AMBER'::text]))`)
@Unique('assessments_agency_id_campaign_id_key', ['agencyId', 'campaignId'])
@Index('assessments_agency_idx', { synchronize: false })
@Index('assessments_campaign_idx', { synchronize: false })
@Index('assessments_shared_idx', { synchronize: false })
export class AssessmentOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') agencyId: string;
  @Column('uuid')
  @ForeignKey(() => CampaignOrmEntity, { name: 'assessments_campaign_id_fkey' })
  campaignId: string;
  @Column('text')
  @ForeignKey(() => FrameworkOrmEntity, { name: 'assessments_framework_id_fkey' })
  frameworkId: string;
  @Column('text') status: string;
  @Column('boolean', { default: false }) frozen: boolean;
  @Column('uuid', { nullable: true })
  @ForeignKey(() => AssessmentOrmEntity, { name: 'assessments_copied_from_id_fkey' })
  copiedFromId: string | null;
  @Column('uuid', { array: true, default: '{}' }) sharedWithAgencyIds: string[];
  @Column('text') tlp: string;
  @Column('text') createdBy: string;
  @Column('text', { nullable: true }) submittedBy: string | null;
  @Column('timestamptz', { nullable: true }) submittedAt: Date | null;
  @Column('text', { nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt: Date | null;
  @Column('text', { nullable: true }) reviewComment: string | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
