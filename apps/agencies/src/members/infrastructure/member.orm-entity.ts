import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'members' })
export class MemberOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') agencyId: string;
  @Column('text') sub: string;
  @Column('text') email: string;
  @Column('text') displayName: string;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') role: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
