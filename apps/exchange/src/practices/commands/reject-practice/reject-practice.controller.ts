import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { RejectPracticeCommand } from './reject-practice.command';
import { RejectPracticeDto } from './reject-practice.dto';

@ApiTags('practices')
@Controller('practices')
export class RejectPracticeController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Organisers and platform-admins send a submission or a pending revision back with a reason, or
   * refuse a pending widening; never their own work (ADR 55).
   */
  @Post(':id/reject')
  @ApiOperation({
    summary: 'Reject a submission, a pending revision or a pending widening of the marking',
    description:
      "Rejects everything of the practice that waits for review: a submitted draft (REJECTED, with the reason), a widening of a published practice's marking (dropped) and a submitted pending revision (REJECTED back to its authors; readers keep the published revision). Four eyes: whoever wrote, revised or submitted the practice is refused with 403 `PRACTICE.REVIEWER_IS_AN_AUTHOR` (another organiser or platform-admin reviews it, a colleague of the same agency may); 409 `PRACTICE.NOT_UNDER_REVIEW` when nothing waits.",
  })
  @Policy(Operators())
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 429)
  @VersionEtag()
  reject(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RejectPracticeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new RejectPracticeCommand(id, dto.reason, parseIfMatch(ifMatch), principal));
  }
}
