import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { MemberView } from '../../queries/member.view';
import { ChangeMemberCommand } from './change-member.command';
import { ChangeMemberDto } from './change-member.dto';

@ApiTags('members')
@Controller('agencies')
export class ChangeMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** Role or details; demoting the agency's last agency-admin is refused (409). */
  @Patch(':id/members/:memberId')
  @ApiOperation({ summary: "Change a member's role or details" })
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: "the member's ETag; 412 when stale" })
  @ApiOkView(MemberView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 429)
  @VersionEtag()
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
