import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, Public, type Principal } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  ApiPublic,
  pageLimit,
  PageQueryDto,
  type Page,
  uuidParam,
  timeKeyset,
} from '@csg/http';
import { EndorsementView } from '../discussion.view';
import { ListEndorsementsQuery } from './list-endorsements.query';

@ApiTags('discussion')
@Controller('practices')
export class ListEndorsementsController {
  constructor(private readonly queries: QueryBus) {}

  /** The endorsements of a practice the caller may read, oldest first, in pages. */
  @Get(':id/endorsements')
  @ApiOperation({ summary: 'List the agencies that endorsed a practice' })
  @Policy(Public())
  @ApiOkPage(EndorsementView)
  @ApiProblems(400, 401, 404, 429)
  @ApiPublic()
  list(
    @Param('id', uuidParam()) id: string,
    @Query() page: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<EndorsementView>> {
    return this.queries.execute(
      new ListEndorsementsQuery(id, principal, pageLimit(page.limit), timeKeyset(page.cursor)),
    );
  }
}
