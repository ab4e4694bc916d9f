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

  /**
   * Members of the owning agency submit a draft, or a published practice's pending revision, for
   * review; under TLP:RED either is published to its recipients at once.
   */
  @Post(':id/submit')
  @ApiOperation({
    summary: 'Submit a draft or a pending revision for review (TLP:RED: publish to its recipients)',
    description:
      "A DRAFT practice becomes SUBMITTED; a PUBLISHED practice's pending revision in DRAFT becomes SUBMITTED (the practice stays PUBLISHED for its readers). 409 `PRACTICE.NOT_SUBMITTABLE` otherwise.",
  })
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
