import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `practice_revisions` table: append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'practice_revisions' })
export class PracticeRevisionOrmEntity {
  @PrimaryColumn('uuid') practiceId: string;
  @PrimaryColumn('integer') number: number;
  @Column('text') kind: string;
  @Column('text') authorSub: string;
  @Column('timestamptz') createdAt: Date;
  @Column('text', { array: true }) changedFields: string[];
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text') body: string;
  @Column('text', { array: true }) tags: string[];
  @Column('text', { array: true }) sectors: string[];
  @Column('text', { array: true }) frameworkRefs: string[];
  @Column('text') tlp: string;
  @Column('uuid', { array: true }) sharedWithAgencyIds: string[];
  @Column('text', { array: true }) recipientSubs: string[];
  @Column('text', { nullable: true }) pendingTlp: string | null;
  @Column('uuid', { array: true, nullable: true }) pendingSharedWithAgencyIds: string[] | null;
  @Column('text', { array: true, nullable: true }) pendingRecipientSubs: string[] | null;
}
