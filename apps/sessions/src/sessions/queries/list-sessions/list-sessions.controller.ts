import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, pageLimit, type Page, timeKeyset, toOptionalInstant } from '@csg/http';
import { SessionView } from '../session.view';
import { ListSessionsDto } from './list-sessions.dto';
import { ListSessionsQuery } from './list-sessions.query';

@ApiTags('sessions')
@Controller('sessions')
export class ListSessionsController {
  constructor(private readonly queries: QueryBus) {}

  /** The sessions the caller may see, by start time, in pages (keyset cursor). */
  @Get()
  @Policy(SignedIn())
  @ApiOperation({ summary: 'List sessions' })
  @ApiBearerAuth()
  @ApiOkPage(SessionView)
  @ApiProblems(400, 401, 429)
  list(
    @Query() query: ListSessionsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<SessionView>> {
    const filters = {
      status: query.status,
      from: toOptionalInstant(query.from),
      to: toOptionalInstant(query.to),
    };
    return this.queries.execute(
      new ListSessionsQuery(filters, principal, pageLimit(query.limit), timeKeyset(query.cursor)),
    );
  }
}
