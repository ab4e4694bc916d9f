import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `campaigns` table. */
@Entity({ name: 'campaigns' })
export class CampaignOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') frameworkId: string;
  @Column('timestamptz') opensAt: Date;
  @Column('timestamptz') closesAt: Date;
  @Column('uuid', { array: true }) sessionIds: string[];
  @Column('text') audienceKind: string;
  @Column('text', { array: true }) audienceValues: string[];
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
