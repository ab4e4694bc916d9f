import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { AssessmentDiffDto } from './assessment-diff.dto';
import { AssessmentDiffQuery } from './assessment-diff.query';
import { AssessmentDiffView } from './assessment-diff.view';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentDiffController {
  constructor(private readonly queries: QueryBus) {}

  /** Per subcategory: improved, regressed, unchanged, or not comparable, against another assessment. */
  @Get(':id/diff')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Compare two assessments' })
  @ApiBearerAuth()
  @ApiOkView(AssessmentDiffView)
  @ApiProblems(400, 401, 404, 422, 429)
  diff(
    @Param('id', uuidParam()) id: string,
    @Query() query: AssessmentDiffDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentDiffView> {
    return this.queries.execute(new AssessmentDiffQuery(id, query.against, principal));
  }
}
