import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam, toOptionalInstant } from '@csg/http';
import { SessionView } from '../../queries/session.view';
import { UpdateSessionCommand } from './update-session.command';
import { UpdateSessionDto } from './update-session.dto';

@ApiTags('sessions')
@Controller('sessions')
export class UpdateSessionController {
  constructor(private readonly commands: CommandBus) {}

  /** Changes details; new times on a SCHEDULED session reschedule it (registrations are kept). */
  @Patch(':id')
  @Policy(Operators())
  @ApiOperation({ summary: 'Change or reschedule a session' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(SessionView, { etag: true, description: 'the session' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @VersionEtag()
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateSessionDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<SessionView> {
    const changes = {
      ...body,
      startsAt: toOptionalInstant(body.startsAt),
      endsAt: toOptionalInstant(body.endsAt),
    };
    return this.commands.execute(new UpdateSessionCommand(id, changes, parseIfMatch(ifMatch)));
  }
}
