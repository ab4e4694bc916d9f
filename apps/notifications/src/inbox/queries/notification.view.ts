import { ApiProperty } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/contracts';
import { NOTIFICATION_CATEGORIES } from '../domain/delivery-preference.rule';

/** One notification in a person's inbox. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: string;
  @ApiProperty({ example: 'announcement', description: 'what happened (announcement, session.cancelled, …)' })
  kind: string;
  @ApiProperty({ description: 'the id of what it is about (announcement, session, practice, …)' })
  sourceId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['NORMAL', 'URGENT'] }) priority: string;
  @ApiProperty({ enum: TLP_MARKINGS }) tlp: string;
  @ApiProperty() read: boolean;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
  @ApiProperty({ description: 'unread notifications in the whole inbox' }) unreadCount: number;
}

export interface NotificationRow {
  id: string;
  seq: string;
  category: string;
  kind: string;
  source_id: string;
  title: string;
  body: string;
  priority: string;
  tlp: string;
  read_at: Date | null;
  created_at: Date;
}

export function toNotificationView(r: NotificationRow): NotificationView {
  return {
    id: r.id,
    category: r.category,
    kind: r.kind,
    sourceId: r.source_id,
    title: r.title,
    body: r.body,
    priority: r.priority,
    tlp: r.tlp,
    read: r.read_at !== null,
    readAt: r.read_at ? r.read_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
