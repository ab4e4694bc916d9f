import { Body, Controller, Headers, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AssessmentView } from '../../queries/assessment.view';
import { RecordAnswersCommand } from './record-answers.command';
import { RecordAnswersDto } from './record-answers.dto';

@ApiTags('assessments')
@Controller('assessments')
export class RecordAnswersController {
  constructor(private readonly commands: CommandBus) {}

  /** The agency's admins answer subcategories in bulk (upsert); `If-Match` guards against a stale read. */
  @Put(':id/answers')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Answer subcategories in bulk' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(AssessmentView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @VersionEtag()
  record(
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordAnswersDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentView> {
    return this.commands.execute(
      new RecordAnswersCommand(id, body.answers, parseIfMatch(ifMatch), principal),
    );
  }
}
