import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  IdempotencyKey,
  IdempotentCreate,
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
  @IdempotentCreate(AgencyView, { etag: true, location: 'agencies/:id', description: 'the agency' })
  @ApiProblems(400, 401, 409, 413, 415, 422, 429)
  register(
    @Body() body: RegisterAgencyDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<AgencyView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /agencies'), body);
    return this.commands.execute(new RegisterAgencyCommand(body, principal, idempotency));
  }
}
