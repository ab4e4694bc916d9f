import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationKey, Policy, type IntegrationPrincipal } from '@csg/auth';
import { ApiProblems } from '@csg/http';
import { NotificationSignals } from '../../../streaming/notification-signals';
import { serveSse, type SseFeed, type SseReply } from '../../../streaming/sse-stream';
import { cursorPosition } from '../../../streaming/stream-position';
import { ReadEventFeedDto, requestedTypes } from '../read-event-feed/read-event-feed.dto';
import { StreamEventFeedQuery } from './stream-event-feed.query';

@ApiTags('integrations')
@Controller('events')
export class StreamEventFeedController {
  constructor(
    private readonly queries: QueryBus,
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
  async stream(
    @Query() query: ReadEventFeedDto,
    @CurrentPrincipal() reader: IntegrationPrincipal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: SseReply,
  ): Promise<void> {
    const feed: SseFeed = await this.queries.execute(
      new StreamEventFeedQuery(reader, cursorPosition(lastEventId ?? query.after), requestedTypes(query)),
    );
    serveSse(reply, feed, this.signals.feed, feed.start);
  }
}
