import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { PracticeOrmEntity } from '../../practices/infrastructure/practice.orm-entity';

/** The `practice_endorsements` table as its migration makes it (ADR 13): one row per practice and agency. */
@Entity({ name: 'practice_endorsements' })
@Unique('practice_endorsements_once_per_agency', ['practiceId', 'agencyId'])
@Index('practice_endorsements_order_idx', ['practiceId', 'createdAt', 'id'])
export class EndorsementOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => PracticeOrmEntity, { name: 'practice_endorsements_practice_id_fkey' })
  practiceId: string;
  @Column('uuid') agencyId: string;
  @Column('text') endorserSub: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') createdAt: Date;
}
