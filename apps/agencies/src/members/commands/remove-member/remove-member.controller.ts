import { Controller, Delete, Headers, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import { parseIfMatch } from '@csg/http';
import { uuidParam } from '../../../access/caller.util';
import { RemoveMemberCommand } from './remove-member.command';

@ApiTags('members')
@Controller('agencies')
export class RemoveMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** The person loses access to the agency in every service as soon as the event arrives. */
  @Delete(':id/members/:memberId')
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiNoContentResponse()
  @HttpCode(204)
  async remove(
    @Param('id', uuidParam()) agencyId: string,
    @Param('memberId', uuidParam()) memberId: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.commands.execute(new RemoveMemberCommand(agencyId, memberId, parseIfMatch(ifMatch)));
  }
}
