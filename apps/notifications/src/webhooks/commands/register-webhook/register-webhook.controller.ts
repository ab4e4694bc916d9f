import { Body, Controller, Post } from '@nestjs/common';
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
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
import { ApiClearanceProblem } from '../../../integrations/commands/clearance-problem.decorator';
import { RegisteredWebhookView } from '../../queries/webhook.view';
import { RegisterWebhookCommand } from './register-webhook.command';
import { RegisterWebhookDto } from './register-webhook.dto';

@ApiTags('integrations')
@Controller('webhooks')
export class RegisterWebhookController {
  constructor(private readonly commands: CommandBus) {}

  /** Operators register platform endpoints (or any agency's); an agency-admin their agency's. */
  @Post()
  @ApiOperation({ summary: 'Register a webhook endpoint and get its signing secret (shown once)' })
  @Policy(Operators(), AgencyRoles(body('agencyId'), 'agency-admin'))
  @ApiBearerAuth()
  @IdempotentCreate(RegisteredWebhookView, {
    etag: true,
    description: 'the endpoint and its signing secret, shown this once, with the `tlpClearance` asked for',
  })
  @ApiProblems(400, 401, 403, 413, 415, 429)
  @ApiClearanceProblem('webhook', [
    'INTEGRATION.EVENT_TYPES_UNKNOWN',
    'WEBHOOK.TARGET_INVALID',
    'WEBHOOK.TARGET_FORBIDDEN',
    'WEBHOOK.TARGET_UNRESOLVABLE',
    'IDEMPOTENCY.KEY_REUSED',
  ])
  register(
    @Body() request: RegisterWebhookDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<RegisteredWebhookView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /webhooks'), request);
    return this.commands.execute(new RegisterWebhookCommand(request, principal, idempotency));
  }
}
