import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationKey, Policy, type IntegrationPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { cursorPosition } from '../../../streaming/stream-position';
import { FeedPageView } from '../feed-event.view';
import { ReadEventFeedDto, requestedTypes } from './read-event-feed.dto';
import { ReadEventFeedQuery } from './read-event-feed.query';

@ApiTags('integrations')
@Controller('events')
export class ReadEventFeedController {
  constructor(private readonly queries: QueryBus) {}

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
  read(
    @Query() query: ReadEventFeedDto,
    @CurrentPrincipal() reader: IntegrationPrincipal,
  ): Promise<FeedPageView> {
    return this.queries.execute(
      new ReadEventFeedQuery(reader, cursorPosition(query.after), requestedTypes(query), query.limit),
    );
  }
}
