import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
} from '@csg/http';
import { AgencyView } from '../../queries/agency.view';
import { RegisterAgencyCommand } from './register-agency.command';
import { RegisterAgencyDto } from './register-agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class RegisterAgencyController {
  constructor(private readonly commands: CommandBus) {}

  /** Organisers and platform-admins register an ACTIVE agency; anyone else signed in applies for one. */
  @Post()
  @ApiOperation({ summary: 'Register an agency (operators) or apply for one (anyone signed in)' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(AgencyView, { etag: true, location: true, idempotent: true, description: 'the agency' })
  @ApiProblems(400, 401, 409, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async register(
    @Body() body: RegisterAgencyDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<AgencyView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /agencies'), body);
    const outcome: IdempotentOutcome<AgencyView> = await this.commands.execute(
      new RegisterAgencyCommand(body, principal, idempotency),
    );
    reply.header('location', `/api/v1/agencies/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
