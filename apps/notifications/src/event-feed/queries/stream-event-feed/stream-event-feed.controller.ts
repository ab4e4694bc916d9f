import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, IntegrationKey, Policy, type IntegrationPrincipal } from '@csg/auth';
import { ApiProblems, encodeCursor } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { NotificationSignals } from '../../../streaming/notification-signals';
import { serveSse, type SseReply } from '../../../streaming/sse-stream';
import { readFeed } from '../../infrastructure/event-feed.reader';
import { toFeedEventView } from '../feed-event.view';
import { feedPosition } from '../read-event-feed/read-event-feed.controller';
import { ReadEventFeedDto } from '../read-event-feed/read-event-feed.dto';

@ApiTags('integrations')
@Controller('events')
export class StreamEventFeedController {
  constructor(
    @InjectServiceDataSource('notifications') private readonly dataSource: DataSource,
    private readonly signals: NotificationSignals,
  ) {}

  /**
   * The feed as Server-Sent Events (`event: <type>`, data a CloudEvent), live; each event's `id`
   * is its position, so reconnecting with `Last-Event-ID` (or `?after=`) resumes without gaps.
   */
  @Get('stream')
  @ApiOperation({
    summary: 'Stream the integration event feed (Server-Sent Events, resumes from Last-Event-ID)',
  })
  @Policy(IntegrationKey())
  @ApiBearerAuth('api-key')
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this event' })
  @ApiResponse({
    status: 200,
    description: 'an event stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 429)
  stream(
    @Query() query: ReadEventFeedDto,
    @CurrentPrincipal() reader: IntegrationPrincipal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: SseReply,
  ): void {
    const types = query.types
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    serveSse(
      reply,
      {
        next: async (position) => {
          const rows = await readFeed(this.dataSource.manager, reader, {
            afterSeq: position,
            types,
            limit: 200,
          });
          const events = rows.map((r) => ({
            id: encodeCursor([r.seq]),
            event: r.type,
            data: toFeedEventView(r),
          }));
          return { events, position: rows.length > 0 ? rows[rows.length - 1].seq : position };
        },
      },
      this.signals.feed,
      feedPosition(lastEventId ?? query.after),
    );
  }
}
