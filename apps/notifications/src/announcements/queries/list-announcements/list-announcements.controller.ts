import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, type Page, pageLimit, PageQueryDto, timeKeyset } from '@csg/http';
import { AnnouncementView } from '../announcement.view';
import { ListAnnouncementsQuery } from './list-announcements.query';

@ApiTags('announcements')
@Controller('announcements')
export class ListAnnouncementsController {
  constructor(private readonly queries: QueryBus) {}

  /** Announcements the caller may read, newest first (operators also see scheduled ones). */
  @Get()
  @ApiOperation({ summary: 'List the announcements the caller may read' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(AnnouncementView)
  @ApiProblems(400, 401, 403, 429)
  list(
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<AnnouncementView>> {
    return this.queries.execute(
      new ListAnnouncementsQuery(principal, pageLimit(query.limit), timeKeyset(query.cursor)),
    );
  }
}
