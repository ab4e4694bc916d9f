import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  IdempotencyKey,
  IdempotentCreate,
  toInstant,
} from '@csg/http';
import { SessionView } from '../../queries/session.view';
import { PlanSessionCommand } from './plan-session.command';
import { PlanSessionDto } from './plan-session.dto';

@ApiTags('sessions')
@Controller('sessions')
export class PlanSessionController {
  constructor(private readonly commands: CommandBus) {}

  /** Plans a numbered session as a DRAFT; `POST /sessions/{id}/schedule` announces it. */
  @Post()
  @Policy(Operators())
  @ApiOperation({ summary: 'Plan a session (a draft)' })
  @ApiBearerAuth()
  @IdempotentCreate(SessionView, { etag: true, location: 'sessions/:id', description: 'the draft session' })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422, 429)
  plan(
    @Body() body: PlanSessionDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<SessionView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /sessions'), body);
    return this.commands.execute(
      new PlanSessionCommand(
        { ...body, startsAt: toInstant(body.startsAt), endsAt: toInstant(body.endsAt) },
        idempotency,
      ),
    );
  }
}
