import { Body, Controller, Headers, Param, Patch, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import { parseIfMatch, VersionEtagInterceptor } from '@csg/http';
import { uuidParam } from '../../../access/caller.util';
import type { MemberView } from '../../queries/member.view';
import { ChangeMemberCommand } from './change-member.command';
import { ChangeMemberDto } from './change-member.dto';

@ApiTags('members')
@Controller('agencies')
export class ChangeMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** Role or details; demoting the agency's last agency-admin is refused (409). */
  @Patch(':id/members/:memberId')
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: "the member's ETag; 412 when stale" })
  @UseInterceptors(VersionEtagInterceptor)
  change(
    @Param('id', uuidParam()) agencyId: string,
    @Param('memberId', uuidParam()) memberId: string,
    @Body() body: ChangeMemberDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<MemberView> {
    return this.commands.execute(
      new ChangeMemberCommand(agencyId, memberId, parseIfMatch(ifMatch), { ...body }),
    );
  }
}
