import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, type Page } from '@csg/http';
import { viewerOf } from '../../../access/caller.util';
import { AgencyView } from '../agency.view';
import { ListAgenciesDto } from './list-agencies.dto';
import { ListAgenciesQuery } from './list-agencies.query';

@ApiTags('agencies')
@Controller('agencies')
export class ListAgenciesController {
  constructor(private readonly queries: QueryBus) {}

  /** The agencies the caller may see, by name, in pages (keyset cursor). */
  @Get()
  @ApiOperation({ summary: 'List the agencies the caller may see' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(AgencyView)
  @ApiProblems(400, 401, 429)
  list(@Query() query: ListAgenciesDto, @CurrentPrincipal() principal: Principal): Promise<Page<AgencyView>> {
    const { limit, cursor, ...filters } = query;
    return this.queries.execute(
      new ListAgenciesQuery(
        filters,
        viewerOf(principal),
        pageLimit(limit),
        decodeCursor(cursor, ['text', 'uuid']),
      ),
    );
  }
}
