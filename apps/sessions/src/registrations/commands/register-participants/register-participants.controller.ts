import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AgencyRoles,
  body,
  CurrentPrincipal,
  Operators,
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
import { RegistrationBatchView } from '../../queries/registration.view';
import { RegisterParticipantsCommand } from './register-participants.command';
import { RegisterParticipantsDto } from './register-participants.dto';

@ApiTags('registrations')
@Controller('sessions')
export class RegisterParticipantsController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * An agency's admin or member registers participants for their own agency; each is CONFIRMED
   * while seats (overall and per agency) remain, else WAITLISTED. Closes when the session starts.
   */
  @Post(':id/registrations')
  @Policy(Operators(), AgencyRoles(body('agencyId'), 'agency-admin', 'member'))
  @ApiOperation({ summary: "Register an agency's participants" })
  @ApiBearerAuth()
  @IdempotentCreate(RegistrationBatchView, { description: 'one registration per participant' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  register(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RegisterParticipantsDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<RegistrationBatchView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /sessions/${id}/registrations`),
      dto,
    );
    const participants = dto.participants.map((p) => ({ sub: p.sub ?? null, name: p.name, email: p.email }));
    return this.commands.execute(
      new RegisterParticipantsCommand(id, dto.agencyId, participants, principal, idempotency),
    );
  }
}
