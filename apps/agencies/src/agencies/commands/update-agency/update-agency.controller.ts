import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, Operators, param, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AgencyView } from '../../queries/agency.view';
import { UpdateAgencyCommand } from './update-agency.command';
import { UpdateAgencyDto } from './update-agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class UpdateAgencyController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({ summary: "Change an agency's details or place in the hierarchy" })
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(AgencyView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @VersionEtag()
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateAgencyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AgencyView> {
    return this.commands.execute(new UpdateAgencyCommand(id, { ...body }, parseIfMatch(ifMatch), principal));
  }
}
