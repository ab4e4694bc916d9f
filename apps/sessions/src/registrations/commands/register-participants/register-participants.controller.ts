import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(RegistrationBatchView, {
    idempotent: true,
    description: 'one registration per participant',
  })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  async register(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RegisterParticipantsDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<RegistrationBatchView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /sessions/${id}/registrations`),
      dto,
    );
    const participants = dto.participants.map((p) => ({ sub: p.sub ?? null, name: p.name, email: p.email }));
    const outcome: IdempotentOutcome<RegistrationBatchView> = await this.commands.execute(
      new RegisterParticipantsCommand(id, dto.agencyId, participants, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
