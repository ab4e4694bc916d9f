import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, Public, type Principal } from '@csg/auth';
import {
  ApiOkView,
  ApiProblems,
  ApiPublic,
  type CursorPosition,
  decodeCursor,
  pageLimit,
  timeKeyset,
} from '@csg/http';
import type { PracticeSort } from '../../infrastructure/practice-search.reader';
import { PracticeSearchPage } from './practice-search.view';
import { SearchPracticesDto } from './search-practices.dto';
import { SearchPracticesQuery } from './search-practices.query';

@ApiTags('practices')
@Controller('practices')
export class SearchPracticesController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Full-text search and lists over the practices the caller may read (published ones unless
   * `status` says otherwise), with facet counts for the caller's visible set.
   */
  @Get()
  @ApiOperation({ summary: 'Search and list the practices the caller may read' })
  @Policy(Public())
  @ApiOkView(PracticeSearchPage, { description: 'one page, with facet counts on the first' })
  @ApiProblems(400, 401, 429)
  @ApiPublic()
  search(
    @Query() dto: SearchPracticesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeSearchPage> {
    const { limit, cursor, sort, facets, ...filters } = dto;
    const effective: PracticeSort =
      (sort ?? 'relevance') === 'relevance' && filters.q?.trim() ? 'relevance' : 'recent';
    return this.queries.execute(
      new SearchPracticesQuery(
        filters,
        effective,
        principal,
        pageLimit(limit),
        keysetOf(cursor, effective),
        cursor === undefined && facets !== 'false',
      ),
    );
  }
}

/** The cursor of the sort in use (a relevance cursor holds a rank, a recent one a timestamp). */
function keysetOf(cursor: string | undefined, sort: PracticeSort): CursorPosition | undefined {
  return sort === 'relevance' ? decodeCursor(cursor, ['real', 'uuid']) : timeKeyset(cursor);
}
