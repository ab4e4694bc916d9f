import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `roadmap_items` table. */
@Entity({ name: 'roadmap_items' })
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
  @Column('jsonb') milestones: Array<{ title: string; dueOn: string }>;
  @Column('uuid', { array: true }) practiceIds: string[];
  @Column('uuid', { nullable: true }) sessionId: string | null;
  @Column('text') status: string;
  @Column('text') createdBy: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
