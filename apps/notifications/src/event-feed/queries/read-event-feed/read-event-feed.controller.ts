import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, IntegrationKey, Policy, type IntegrationPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems, decodeCursor, encodeCursor } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { readFeed } from '../../infrastructure/event-feed.reader';
import { FeedPageView, toFeedEventView } from '../feed-event.view';
import { ReadEventFeedDto } from './read-event-feed.dto';

/** Positions travel as opaque cursors; the feed's own order is its log sequence. */
export const feedPosition = (cursor: string | undefined): string => {
  const seq = decodeCursor(cursor, ['string'])?.[0] as string | undefined;
  return seq !== undefined && /^\d{1,18}$/.test(seq) ? seq : '0';
};

@ApiTags('integrations')
@Controller('events')
export class ReadEventFeedController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /**
   * The integration event feed, oldest first after `after`: only the key's event types, and only
   * what its owner agency or clearance may read. `nextCursor` is where to resume (also when empty).
   */
  @Get()
  @ApiOperation({ summary: 'Read the integration event feed after a position (API key)' })
  @Policy(IntegrationKey())
  @ApiBearerAuth('api-key')
  @ApiOkView(FeedPageView)
  @ApiProblems(400, 401, 403, 429)
  async read(
    @Query() query: ReadEventFeedDto,
    @CurrentPrincipal() reader: IntegrationPrincipal,
  ): Promise<FeedPageView> {
    const after = feedPosition(query.after);
    const types = query.types
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const rows = await readFeed(this.dataSource.manager, reader, {
      afterSeq: after,
      types,
      limit: Math.min(query.limit ?? 100, 1000),
    });
    const last = rows.length > 0 ? rows[rows.length - 1].seq : after;
    return { items: rows.map(toFeedEventView), nextCursor: encodeCursor([last]) };
  }
}
