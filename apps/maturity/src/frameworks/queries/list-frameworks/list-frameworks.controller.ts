import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Policy, SignedIn } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, PageQueryDto, pageLimit, type Page } from '@csg/http';
import { FrameworkSummaryView } from '../framework.view';
import { ListFrameworksQuery } from './list-frameworks.query';

@ApiTags('frameworks')
@Controller('frameworks')
export class ListFrameworksController {
  constructor(private readonly queries: QueryBus) {}

  /** The frameworks campaigns can use: `nist-csf-2.0` built in, others imported from OSCAL. */
  @Get()
  @Policy(SignedIn())
  @ApiOperation({ summary: 'List the frameworks' })
  @ApiBearerAuth()
  @ApiOkPage(FrameworkSummaryView)
  @ApiProblems(400, 401, 429)
  list(@Query() query: PageQueryDto): Promise<Page<FrameworkSummaryView>> {
    const after = decodeCursor(query.cursor, ['text']);
    return this.queries.execute(
      new ListFrameworksQuery(pageLimit(query.limit), after?.[0] as string | undefined),
    );
  }
}
