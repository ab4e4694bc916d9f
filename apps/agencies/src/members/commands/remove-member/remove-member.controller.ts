import { Controller, Delete, Headers, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import { ApiNoContent, ApiProblems, parseIfMatch, uuidParam } from '@csg/http';
import { RemoveMemberCommand } from './remove-member.command';

@ApiTags('members')
@Controller('agencies')
export class RemoveMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** The person loses access to the agency in every service as soon as the event arrives. */
  @Delete(':id/members/:memberId')
  @ApiOperation({ summary: 'Remove a member from an agency' })
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiNoContent('removed')
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @HttpCode(204)
  async remove(
    @Param('id', uuidParam()) agencyId: string,
    @Param('memberId', uuidParam()) memberId: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.commands.execute(new RemoveMemberCommand(agencyId, memberId, parseIfMatch(ifMatch)));
  }
}
