import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
} from '@csg/http';
import { toInstant } from '../../../http/iso-instant.decorator';
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(SessionView, {
    etag: true,
    location: true,
    idempotent: true,
    description: 'the draft session',
  })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async plan(
    @Body() body: PlanSessionDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<SessionView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /sessions'), body);
    const outcome: IdempotentOutcome<SessionView> = await this.commands.execute(
      new PlanSessionCommand(
        { ...body, startsAt: toInstant(body.startsAt), endsAt: toInstant(body.endsAt) },
        idempotency,
      ),
    );
    reply.header('location', `/api/v1/sessions/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
