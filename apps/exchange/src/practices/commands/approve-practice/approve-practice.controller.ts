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

  /** Organisers and platform-admins publish a submission, or let a pending widening of the marking take effect. */
  @Post(':id/approve')
  @ApiOperation({ summary: 'Approve a submission or a pending widening of the marking' })
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
