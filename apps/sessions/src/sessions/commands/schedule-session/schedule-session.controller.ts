import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { SessionView } from '../../queries/session.view';
import { ScheduleSessionCommand } from './schedule-session.command';

@ApiTags('sessions')
@Controller('sessions')
export class ScheduleSessionController {
  constructor(private readonly commands: CommandBus) {}

  /** Announces a draft session: DRAFT → SCHEDULED (it must start in the future); registrations open. */
  @Post(':id/schedule')
  @Policy(Operators())
  @ApiOperation({ summary: 'Schedule a draft session' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(SessionView, { etag: true, description: 'the session' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 429)
  @HttpCode(200)
  @VersionEtag()
  schedule(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<SessionView> {
    return this.commands.execute(new ScheduleSessionCommand(id, parseIfMatch(ifMatch)));
  }
}
