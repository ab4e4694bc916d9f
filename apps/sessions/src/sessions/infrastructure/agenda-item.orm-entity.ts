import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Speaker } from '../domain/agenda-item.entity';

/** The `agenda_items` table: part of the Session aggregate, written with it. */
@Entity({ name: 'agenda_items' })
export class AgendaItemOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') sessionId: string;
  @Column('text') kind: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) abstract: string | null;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text', { nullable: true }) track: string | null;
  @Column('jsonb') speakers: Speaker[];
  @Column('text', { array: true }) frameworkRefs: string[];
}
