import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ANNOUNCEMENT_PRIORITIES, AUDIENCE_KINDS, TLP_MARKINGS } from '@csg/contracts';
import type { AnnouncementState } from '../domain/announcement.aggregate';

@ApiSchema({ name: 'AnnouncementAudience' })
export class AudienceView {
  @ApiProperty({ enum: AUDIENCE_KINDS }) kind: string;
  @ApiProperty({ type: [String] }) values: string[];
}

/** An announcement as the API shows it. */
export class AnnouncementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ANNOUNCEMENT_PRIORITIES }) priority: string;
  @ApiProperty({ type: AudienceView }) audience: AudienceView;
  @ApiProperty({ enum: TLP_MARKINGS }) tlp: string;
  @ApiProperty({ enum: ['SCHEDULED', 'PUBLISHED'] }) status: string;
  @ApiProperty({ format: 'date-time' }) publishAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'inboxes reached (SESSION_PARTICIPANTS: grows with people confirmed later, ADR 58)',
  })
  recipientCount: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export function toAnnouncementView(s: Readonly<AnnouncementState>): AnnouncementView {
  return {
    id: s.id,
    title: s.title,
    body: s.body,
    priority: s.priority,
    audience: { kind: s.audience.kind, values: [...s.audience.values] },
    tlp: s.tlp,
    status: s.status,
    publishAt: s.publishAt.toISOString(),
    publishedAt: s.publishedAt ? s.publishedAt.toISOString() : null,
    recipientCount: s.recipientCount,
    createdAt: s.createdAt.toISOString(),
    version: s.version,
  };
}
