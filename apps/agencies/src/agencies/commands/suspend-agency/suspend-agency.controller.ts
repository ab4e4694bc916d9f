import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AgencyView } from '../../queries/agency.view';
import { SuspendAgencyCommand } from './suspend-agency.command';

@ApiTags('agencies')
@Controller('agencies')
export class SuspendAgencyController {
  constructor(private readonly commands: CommandBus) {}

  /** ACTIVE → SUSPENDED: its members lose access in every service. */
  @Post(':id/suspend')
  @ApiOperation({ summary: 'Suspend an active agency' })
  @Policy(Operators())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkView(AgencyView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @HttpCode(200)
  @VersionEtag()
  suspend(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<AgencyView> {
    return this.commands.execute(new SuspendAgencyCommand(id, parseIfMatch(ifMatch)));
  }
}
