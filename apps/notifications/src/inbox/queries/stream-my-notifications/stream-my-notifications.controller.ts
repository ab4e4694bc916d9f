import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiProblems, decodeCursor, encodeCursor } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { NotificationSignals } from '../../../streaming/notification-signals';
import { serveSse, type SseReply } from '../../../streaming/sse-stream';
import { InboxReader } from '../../infrastructure/inbox.reader';
import { toNotificationView } from '../notification.view';

@ApiTags('inbox')
@Controller('me/notifications')
export class StreamMyNotificationsController {
  constructor(
    @InjectServiceDataSource('notifications') private readonly dataSource: DataSource,
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
    const reader = new InboxReader(this.dataSource.manager);
    const resumed = lastEventId ? (decodeCursor(lastEventId, ['string'])?.[0] as string) : undefined;
    const start = resumed && /^\d{1,18}$/.test(resumed) ? resumed : await reader.latestSeq(person);
    serveSse(
      reply,
      {
        next: async (position) => {
          const rows = await reader.list(person, { limit: 100, afterSeq: position });
          const events = rows.map((r) => ({
            id: encodeCursor([r.seq]),
            event: 'notification',
            data: toNotificationView(r),
          }));
          return { events, position: rows.length > 0 ? rows[rows.length - 1].seq : position };
        },
      },
      this.signals.inbox,
      start,
    );
  }
}
