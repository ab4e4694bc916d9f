import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { RevisePracticeCommand } from './revise-practice.command';
import { RevisePracticeDto } from './revise-practice.dto';

@ApiTags('practices')
@Controller('practices')
export class RevisePracticeController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Members of the owning agency revise it (a new immutable revision). A published one stays
   * published: a change of content is a pending revision readers do not see until approved (ADR 56).
   */
  @Patch(':id')
  @ApiOperation({
    summary: 'Revise a practice (a new revision)',
    description:
      'A draft, submitted or rejected practice takes the change (and goes back to DRAFT). On a PUBLISHED practice a change of content is a pending revision (`pendingRevision` in the answer, DRAFT; submit it for review): readers, lists and search keep the published revision until an organiser approves it. Raising the marking takes effect at once; a widening waits for an organiser.',
  })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @VersionEtag()
  revise(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RevisePracticeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new RevisePracticeCommand(id, { ...dto }, parseIfMatch(ifMatch), principal));
  }
}
