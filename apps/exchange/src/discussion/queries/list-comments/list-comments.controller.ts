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
import { CommentView } from '../discussion.view';
import { ListCommentsQuery } from './list-comments.query';

@ApiTags('discussion')
@Controller('practices')
export class ListCommentsController {
  constructor(private readonly queries: QueryBus) {}

  /** The comments of a practice the caller may read, oldest first, in pages. */
  @Get(':id/comments')
  @ApiOperation({ summary: "List a practice's comments" })
  @Policy(Public())
  @ApiOkPage(CommentView)
  @ApiProblems(400, 401, 404, 429)
  @ApiPublic()
  list(
    @Param('id', uuidParam()) id: string,
    @Query() page: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<CommentView>> {
    return this.queries.execute(
      new ListCommentsQuery(id, principal, pageLimit(page.limit), timeKeyset(page.cursor)),
    );
  }
}
