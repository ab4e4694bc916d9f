import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, PageQueryDto, pageLimit, type Page, uuidParam, timeKeyset } from '@csg/http';
import { AssessmentSummaryView } from '../assessment.view';
import { ListAgencyAssessmentsQuery } from './list-agency-assessments.query';

@ApiTags('assessments')
@Controller('agencies')
export class ListAgencyAssessmentsController {
  constructor(private readonly queries: QueryBus) {}

  /** The agency's assessments the caller may read, newest first (empty for anyone else). */
  @Get(':id/assessments')
  @Policy(SignedIn())
  @ApiOperation({ summary: "List an agency's assessments" })
  @ApiBearerAuth()
  @ApiOkPage(AssessmentSummaryView)
  @ApiProblems(400, 401, 404, 429)
  list(
    @Param('id', uuidParam()) agencyId: string,
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<AssessmentSummaryView>> {
    const after = timeKeyset(query.cursor);
    return this.queries.execute(
      new ListAgencyAssessmentsQuery(agencyId, principal, pageLimit(query.limit), after),
    );
  }
}
