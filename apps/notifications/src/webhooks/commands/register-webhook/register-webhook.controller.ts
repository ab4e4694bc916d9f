import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
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
import { ApiCreatedView, ApiProblems, idempotencyRequest, type IdempotentOutcome } from '@csg/http';
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(RegisteredWebhookView, {
    etag: true,
    idempotent: true,
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
  @HttpCode(201)
  async register(
    @Body() request: RegisterWebhookDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<RegisteredWebhookView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /webhooks'), request);
    const outcome: IdempotentOutcome<RegisteredWebhookView> = await this.commands.execute(
      new RegisterWebhookCommand(request, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    reply.header('etag', `"${outcome.body.version}"`);
    return outcome.body;
  }
}
