import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `practice_endorsements` table: one row per practice and agency. */
@Entity({ name: 'practice_endorsements' })
export class EndorsementOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') practiceId: string;
  @Column('uuid') agencyId: string;
  @Column('text') endorserSub: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') createdAt: Date;
}
