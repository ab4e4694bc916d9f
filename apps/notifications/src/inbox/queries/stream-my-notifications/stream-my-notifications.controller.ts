import { Controller, Get, Headers, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiProblems } from '@csg/http';
import { NotificationSignals } from '../../../streaming/notification-signals';
import { serveSse, type SseFeed, type SseReply } from '../../../streaming/sse-stream';
import { cursorPosition } from '../../../streaming/stream-position';
import { StreamMyNotificationsQuery } from './stream-my-notifications.query';

@ApiTags('inbox')
@Controller('me/notifications')
export class StreamMyNotificationsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly signals: NotificationSignals,
  ) {}

  /**
   * Live delivery as Server-Sent Events (`event: notification`, data as in the inbox list): new
   * notifications as they arrive; with `Last-Event-ID` the ones missed since that event first.
   */
  @Get('stream')
  @ApiOperation({ summary: "Stream the caller's new notifications (Server-Sent Events)" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this event' })
  @ApiResponse({
    status: 200,
    description: 'an event stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 429)
  async stream(
    @CurrentPrincipal() person: PersonPrincipal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: SseReply,
  ): Promise<void> {
    const after = lastEventId ? cursorPosition(lastEventId) : undefined;
    const inbox: SseFeed = await this.queries.execute(new StreamMyNotificationsQuery(person, after));
    serveSse(reply, inbox, this.signals.inbox, inbox.start);
  }
}
