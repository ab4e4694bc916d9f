import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, idempotencyScope } from '@csg/auth';
import { idempotencyRequest, type IdempotentOutcome, IdempotencyKey } from '@csg/http';
import { IssuesIntegration } from '../../../integrations/commands/issues-integration.decorator';
import { RegisteredWebhookView } from '../../queries/webhook.view';
import { RegisterWebhookCommand } from './register-webhook.command';
import { RegisterWebhookDto } from './register-webhook.dto';

@ApiTags('integrations')
@Controller('webhooks')
export class RegisterWebhookController {
  constructor(private readonly commands: CommandBus) {}

  /** Operators register platform endpoints (or any agency's); an agency-admin their agency's. */
  @IssuesIntegration('webhook', RegisteredWebhookView, {
    summary: 'Register a webhook endpoint and get its signing secret (shown once)',
    description: 'the endpoint and its signing secret, shown this once, with the `tlpClearance` asked for',
    problems: [
      'INTEGRATION.EVENT_TYPES_UNKNOWN',
      'WEBHOOK.TARGET_INVALID',
      'WEBHOOK.TARGET_FORBIDDEN',
      'WEBHOOK.TARGET_UNRESOLVABLE',
      'IDEMPOTENCY.KEY_REUSED',
    ],
  })
  register(
    @Body() request: RegisterWebhookDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<RegisteredWebhookView>> {
    const scope = idempotencyScope(principal, 'POST /webhooks');
    return this.commands.execute(
      new RegisterWebhookCommand(request, principal, idempotencyRequest(key, scope, request)),
    );
  }
}
