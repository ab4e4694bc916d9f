import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { PracticeOrmEntity } from './practice.orm-entity';

/**
 * The `practice_revisions` table as its migrations make it (ADR 13): append-only (a trigger
 * refuses UPDATE and DELETE).
 */
@Entity({ name: 'practice_revisions' })
@Check('practice_revisions_number_check', `(number >= 1)`)
@Check(
  'practice_revisions_kind_check',
  `(kind = ANY (ARRAY['CREATED'::text, 'REVISED'::text, 'MARKING_APPROVED'::text, 'REVISION_PUBLISHED'::text]))`,
)
export class PracticeRevisionOrmEntity {
  @PrimaryColumn('uuid')
  @ForeignKey(() => PracticeOrmEntity, { name: 'practice_revisions_practice_id_fkey' })
  practiceId: string;
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
  /** An edit of a published practice readers do not see (ADR 56). */
  @Column('boolean', { default: false }) proposal: boolean;
}
