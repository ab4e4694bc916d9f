import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems, decodeCursor, pageLimit } from '@csg/http';
import { NotificationPageView } from '../notification.view';
import { ListMyNotificationsDto } from './list-my-notifications.dto';
import { ListMyNotificationsQuery } from './list-my-notifications.query';

@ApiTags('inbox')
@Controller('me/notifications')
export class ListMyNotificationsController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's notifications, newest first, with how many are unread. */
  @Get()
  @ApiOperation({ summary: "List the caller's notifications, with the unread count" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(NotificationPageView)
  @ApiProblems(400, 401, 403, 429)
  list(
    @Query() query: ListMyNotificationsDto,
    @CurrentPrincipal() person: PersonPrincipal,
  ): Promise<NotificationPageView> {
    const unread = query.unread === undefined ? undefined : query.unread === 'true';
    return this.queries.execute(
      new ListMyNotificationsQuery(
        person,
        unread,
        pageLimit(query.limit),
        decodeCursor(query.cursor, ['bigint']),
      ),
    );
  }
}
