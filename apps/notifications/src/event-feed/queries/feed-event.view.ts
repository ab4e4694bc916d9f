import { ApiProperty } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/contracts';
import type { FeedRow } from '../domain/feed-event.record';

/** One integration event, as a CloudEvents 1.0 structured event. */
export class FeedEventView {
  @ApiProperty({ example: '1.0' }) specversion: string;
  @ApiProperty() id: string;
  @ApiProperty({ example: '/csg/exchange' }) source: string;
  @ApiProperty({ example: 'csg.exchange.practice.published.v1' }) type: string;
  @ApiProperty({ type: 'string', nullable: true }) subject: string | null;
  @ApiProperty({ format: 'date-time' }) time: string;
  @ApiProperty({ example: 'application/json' }) datacontenttype: string;
  @ApiProperty({ enum: TLP_MARKINGS, description: 'the marking the event travels under' }) tlp: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the event data (schema: docs/asyncapi.yaml)',
  })
  data: Record<string, unknown>;
}

export class FeedPageView {
  @ApiProperty({ type: [FeedEventView] }) items: FeedEventView[];
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'pass as `after` for the next events; null: none yet',
  })
  nextCursor: string | null;
}

export function toFeedEventView(r: FeedRow): FeedEventView {
  return {
    specversion: '1.0',
    id: r.event_id,
    source: r.source,
    type: r.type,
    subject: r.subject,
    time: r.time.toISOString(),
    datacontenttype: 'application/json',
    tlp: r.tlp,
    data: r.data as Record<string, unknown>,
  };
}
