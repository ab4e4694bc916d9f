import { Controller, Headers, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { parseIfMatch, VersionEtagInterceptor } from '@csg/http';
import { uuidParam } from '../../../access/caller.util';
import type { AgencyView } from '../../queries/agency.view';
import { ReinstateAgencyCommand } from './reinstate-agency.command';

@ApiTags('agencies')
@Controller('agencies')
export class ReinstateAgencyController {
  constructor(private readonly commands: CommandBus) {}

  /** SUSPENDED → ACTIVE again (an extension of the product API). */
  @Post(':id/reinstate')
  @Policy(Operators())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @HttpCode(200)
  @UseInterceptors(VersionEtagInterceptor)
  reinstate(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<AgencyView> {
    return this.commands.execute(new ReinstateAgencyCommand(id, parseIfMatch(ifMatch)));
  }
}
