import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { AgencyView } from '../../queries/agency.view';
import { ReinstateAgencyCommand } from './reinstate-agency.command';

@ApiTags('agencies')
@Controller('agencies')
export class ReinstateAgencyController {
  constructor(private readonly commands: CommandBus) {}

  /** SUSPENDED → ACTIVE again (an extension of the product API). */
  @Post(':id/reinstate')
  @ApiOperation({ summary: 'Reinstate a suspended agency' })
  @Policy(Operators())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkView(AgencyView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @HttpCode(200)
  @VersionEtag()
  reinstate(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<AgencyView> {
    return this.commands.execute(new ReinstateAgencyCommand(id, parseIfMatch(ifMatch)));
  }
}
