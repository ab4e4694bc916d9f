import { Body, Controller, Headers, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AssessmentView } from '../../queries/assessment.view';
import { ShareAssessmentCommand } from './share-assessment.command';
import { ShareAssessmentDto } from './share-assessment.dto';

@ApiTags('assessments')
@Controller('assessments')
export class ShareAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  /** The agency's admins share the assessment with named agencies (TLP:AMBER) or with none (TLP:AMBER+STRICT). */
  @Put(':id/sharing')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Share an assessment with other agencies' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(AssessmentView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415, 422, 429)
  @VersionEtag()
  share(
    @Param('id', uuidParam()) id: string,
    @Body() body: ShareAssessmentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentView> {
    return this.commands.execute(
      new ShareAssessmentCommand(id, body.sharedWithAgencyIds, parseIfMatch(ifMatch), principal),
    );
  }
}
