import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, SignedIn, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { SubmitPracticeCommand } from './submit-practice.command';

@ApiTags('practices')
@Controller('practices')
export class SubmitPracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** Members of the owning agency submit a draft for review; a TLP:RED draft is published to its recipients at once. */
  @Post(':id/submit')
  @ApiOperation({ summary: 'Submit a draft for review (TLP:RED: publish to its recipients)' })
  @Policy(SignedIn())
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @VersionEtag()
  submit(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new SubmitPracticeCommand(id, parseIfMatch(ifMatch), principal));
  }
}
