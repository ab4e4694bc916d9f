import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The `roadmap_items` table as its migration makes it: checks, defaults and the named index
 * (`synchronize: false`), so TypeORM's schema comparison finds nothing to change (ADR 13).
 */
@Entity({ name: 'roadmap_items' })
@Check(
  'roadmap_items_priority_check',
  `(priority = ANY (ARRAY['P1'::text, 'P2'::text, 'P3'::text, 'P4'::text]))`,
)
@Check(
  'roadmap_items_effort_check',
  `(effort = ANY (ARRAY['XS'::text, 'S'::text, 'M'::text, 'L'::text, 'XL'::text]))`,
)
@Check(
  'roadmap_items_status_check',
  `(status = ANY (ARRAY['PLANNED'::text, 'IN_PROGRESS'::text, 'DONE'::text, 'BLOCKED'::text]))`,
)
@Index('roadmap_items_agency_idx', { synchronize: false })
export class RoadmapItemOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') agencyId: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { array: true }) subcategoryIds: string[];
  @Column('text', { nullable: true }) ownerSub: string | null;
  @Column('text') priority: string;
  @Column('text') effort: string;
  @Column('date', { nullable: true }) startsOn: string | null;
  @Column('date') dueOn: string;
  @Column('jsonb', { default: [] }) milestones: Array<{ title: string; dueOn: string }>;
  @Column('uuid', { array: true, default: '{}' }) practiceIds: string[];
  @Column('uuid', { nullable: true }) sessionId: string | null;
  @Column('text') status: string;
  @Column('text') createdBy: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
