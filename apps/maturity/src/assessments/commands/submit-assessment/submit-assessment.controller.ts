import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AssessmentView } from '../../queries/assessment.view';
import { SubmitAssessmentCommand } from './submit-assessment.command';

@ApiTags('assessments')
@Controller('assessments')
export class SubmitAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  /** The agency's admins submit its draft for the organisers' review. */
  @Post(':id/submit')
  @HttpCode(200)
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Submit an assessment for review' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(AssessmentView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 429)
  @VersionEtag()
  submit(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentView> {
    return this.commands.execute(new SubmitAssessmentCommand(id, parseIfMatch(ifMatch), principal));
  }
}
