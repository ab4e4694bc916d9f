import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { SessionView } from '../../queries/session.view';
import { CancelSessionCommand } from './cancel-session.command';
import { CancelSessionDto } from './cancel-session.dto';

@ApiTags('sessions')
@Controller('sessions')
export class CancelSessionController {
  constructor(private readonly commands: CommandBus) {}

  /** DRAFT or SCHEDULED → CANCELLED, with a reason. */
  @Post(':id/cancel')
  @Policy(Operators())
  @ApiOperation({ summary: 'Cancel a session with a reason' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(SessionView, { etag: true, description: 'the cancelled session' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 429)
  @HttpCode(200)
  @VersionEtag()
  cancel(
    @Param('id', uuidParam()) id: string,
    @Body() body: CancelSessionDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<SessionView> {
    return this.commands.execute(new CancelSessionCommand(id, body.reason, parseIfMatch(ifMatch)));
  }
}
