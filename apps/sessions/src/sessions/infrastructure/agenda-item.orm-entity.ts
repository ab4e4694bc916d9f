import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Speaker } from '../domain/agenda-item.entity';
import { SessionOrmEntity } from './session.orm-entity';

/** The `agenda_items` table: part of the Session aggregate, written with it (ADR 13). */
@Entity({ name: 'agenda_items' })
@Check(
  'agenda_items_kind_check',
  `kind IN ('KEYNOTE', 'PRESENTATION', 'WORKSHOP', 'EXERCISE', 'PANEL', 'DISCUSSION', 'BREAK')`,
)
@Check('agenda_items_check', `ends_at > starts_at`)
@Index('agenda_items_session', { synchronize: false })
export class AgendaItemOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid')
  @ForeignKey(() => SessionOrmEntity, { name: 'agenda_items_session_id_fkey', onDelete: 'CASCADE' })
  sessionId: string;
  @Column('text') kind: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) abstract: string | null;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text', { nullable: true }) track: string | null;
  @Column('jsonb') speakers: Speaker[];
  @Column('text', { array: true }) frameworkRefs: string[];
}
