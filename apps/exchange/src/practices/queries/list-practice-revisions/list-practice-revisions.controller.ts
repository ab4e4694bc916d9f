import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, Public, type Principal } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  ApiPublic,
  decodeCursor,
  pageLimit,
  PageQueryDto,
  type Page,
  uuidParam,
} from '@csg/http';
import { PracticeRevisionView } from '../practice-revision.view';
import { ListPracticeRevisionsQuery } from './list-practice-revisions.query';

@ApiTags('practices')
@Controller('practices')
export class ListPracticeRevisionsController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Every revision of a practice the caller may read, oldest first, in pages; the proposals of a
   * published practice's pending work only to those who see it (ADR 56).
   */
  @Get(':id/revisions')
  @ApiOperation({
    summary: "List a practice's revisions",
    description:
      'Oldest first. Edits of a published practice that readers do not see yet (`proposal`, and the `pending` revision an approval would publish) are listed to the owning agency and, while the pending revision is submitted, to organisers and platform-admins; other readers see the published history only.',
  })
  @Policy(Public())
  @ApiOkPage(PracticeRevisionView)
  @ApiProblems(400, 401, 404, 429)
  @ApiPublic()
  list(
    @Param('id', uuidParam()) id: string,
    @Query() page: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<PracticeRevisionView>> {
    return this.queries.execute(
      new ListPracticeRevisionsQuery(
        id,
        principal,
        pageLimit(page.limit),
        decodeCursor(page.cursor, ['int']),
      ),
    );
  }
}
