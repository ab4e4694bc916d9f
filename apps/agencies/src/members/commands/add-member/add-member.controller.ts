import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AgencyRoles,
  CurrentPrincipal,
  Operators,
  param,
  Policy,
  type Principal,
  idempotencyScope,
} from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
  uuidParam,
} from '@csg/http';
import { MemberView } from '../../queries/member.view';
import { AddMemberCommand } from './add-member.command';
import { AddMemberDto } from './add-member.dto';

@ApiTags('members')
@Controller('agencies')
export class AddMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** Agency-admins add members to their own agency; organisers and platform-admins to any. */
  @Post(':id/members')
  @ApiOperation({ summary: 'Add a member to an agency' })
  @Policy(Operators(), AgencyRoles(param('id'), 'agency-admin'))
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(MemberView, { etag: true, idempotent: true, description: 'the member' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async add(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: AddMemberDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<MemberView> {
    const scope = idempotencyScope(principal, `POST /agencies/${agencyId}/members`);
    const outcome: IdempotentOutcome<MemberView> = await this.commands.execute(
      new AddMemberCommand(agencyId, { ...body }, idempotencyRequest(key, scope, body)),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
