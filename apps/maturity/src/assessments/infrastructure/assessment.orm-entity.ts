import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `assessments` table (answers are written in bulk by SQL, not through an entity). */
@Entity({ name: 'assessments' })
export class AssessmentOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') agencyId: string;
  @Column('uuid') campaignId: string;
  @Column('text') frameworkId: string;
  @Column('text') status: string;
  @Column('boolean') frozen: boolean;
  @Column('uuid', { nullable: true }) copiedFromId: string | null;
  @Column('uuid', { array: true }) sharedWithAgencyIds: string[];
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
