import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { AssessmentProfileQuery } from './assessment-profile.query';
import { AssessmentProfileView } from './assessment-profile.view';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentProfileController {
  constructor(private readonly queries: QueryBus) {}

  /** Per function and category: current, target and gap (means over answered and applicable), and the gaps in priority order. */
  @Get(':id/profile')
  @Policy(SignedIn())
  @ApiOperation({ summary: "An assessment's profile and gaps" })
  @ApiBearerAuth()
  @ApiOkView(AssessmentProfileView)
  @ApiProblems(400, 401, 404, 429)
  profile(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentProfileView> {
    return this.queries.execute(new AssessmentProfileQuery(id, principal));
  }
}
