import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { AssessmentView } from '../assessment.view';
import { GetAssessmentQuery } from './get-assessment.query';

@ApiTags('assessments')
@Controller('assessments')
export class GetAssessmentController {
  constructor(private readonly queries: QueryBus) {}

  /** Readable by the agency's members, agencies it is shared with, organisers and platform-admins; 404 for anyone else. */
  @Get(':id')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Read an assessment with its answers' })
  @ApiBearerAuth()
  @ApiOkView(AssessmentView, { etag: true })
  @ApiProblems(400, 401, 404, 429)
  @VersionEtag()
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentView> {
    return this.queries.execute(new GetAssessmentQuery(id, principal));
  }
}
