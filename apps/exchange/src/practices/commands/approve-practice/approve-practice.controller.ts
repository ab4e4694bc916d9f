import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { ApprovePracticeCommand } from './approve-practice.command';

@ApiTags('practices')
@Controller('practices')
export class ApprovePracticeController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Organisers and platform-admins publish a submission, let a pending widening of the marking
   * take effect, or publish a submitted pending revision; never their own work (ADR 55).
   */
  @Post(':id/approve')
  @ApiOperation({
    summary: 'Approve a submission, a pending revision or a pending widening of the marking',
    description:
      "Approves everything of the practice that waits for review: a submitted draft (it is published), a widening of a published practice's marking (it takes effect) and a submitted pending revision (it becomes the published revision readers and search see; `practice.published` carries the new content). Four eyes: whoever wrote, revised or submitted the practice is refused with 403 `PRACTICE.REVIEWER_IS_AN_AUTHOR` (another organiser or platform-admin reviews it, a colleague of the same agency may); 409 `PRACTICE.NOT_UNDER_REVIEW` when nothing waits.",
  })
  @Policy(Operators())
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @VersionEtag()
  approve(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new ApprovePracticeCommand(id, parseIfMatch(ifMatch), principal));
  }
}
