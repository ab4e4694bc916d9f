import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { decodeCursor, pageLimit, PageQueryDto, type Page } from '@csg/http';
import { AnnouncementPageView, type AnnouncementView } from '../announcement.view';
import { ListAnnouncementsQuery } from './list-announcements.query';

@ApiTags('announcements')
@Controller('announcements')
export class ListAnnouncementsController {
  constructor(private readonly queries: QueryBus) {}

  /** Announcements the caller may read, newest first (operators also see scheduled ones). */
  @Get()
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkResponse({ type: AnnouncementPageView })
  list(
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<AnnouncementView>> {
    return this.queries.execute(
      new ListAnnouncementsQuery(
        principal,
        pageLimit(query.limit),
        decodeCursor(query.cursor, ['string', 'uuid']),
      ),
    );
  }
}
