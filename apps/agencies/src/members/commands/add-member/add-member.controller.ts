import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
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
  @IdempotentCreate(MemberView, { etag: true, description: 'the member' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  add(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: AddMemberDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<MemberView>> {
    const scope = idempotencyScope(principal, `POST /agencies/${agencyId}/members`);
    return this.commands.execute(
      new AddMemberCommand(agencyId, { ...body }, idempotencyRequest(key, scope, body)),
    );
  }
}
