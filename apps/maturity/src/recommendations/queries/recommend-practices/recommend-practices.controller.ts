import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, Operators, param, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { RecommendPracticesDto } from './recommend-practices.dto';
import { RecommendPracticesQuery } from './recommend-practices.query';
import { RecommendationsView } from './recommendation.view';

@ApiTags('recommendations')
@Controller('agencies')
export class RecommendPracticesController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Published practices whose framework references cover the agency's gaps, only those the caller
   * may read under TLP, ranked by the gap they address and how many agencies adopted them.
   */
  @Get(':id/recommendations')
  @Policy(Operators(), AgencyRoles(param('id')))
  @ApiOperation({ summary: "Practices that address an agency's gaps" })
  @ApiBearerAuth()
  @ApiOkView(RecommendationsView)
  @ApiProblems(400, 401, 403, 404, 429)
  recommend(
    @Param('id', uuidParam()) agencyId: string,
    @Query() query: RecommendPracticesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecommendationsView> {
    return this.queries.execute(new RecommendPracticesQuery(agencyId, query.assessmentId, principal));
  }
}
