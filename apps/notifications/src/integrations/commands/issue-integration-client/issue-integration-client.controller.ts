import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, idempotencyScope } from '@csg/auth';
import { idempotencyRequest, type IdempotentOutcome, IdempotencyKey } from '@csg/http';
import { IssuedIntegrationClientView } from '../../queries/integration-client.view';
import { IssuesIntegration } from '../issues-integration.decorator';
import { IssueIntegrationClientCommand } from './issue-integration-client.command';
import { IssueIntegrationClientDto } from './issue-integration-client.dto';

@ApiTags('integrations')
@Controller('integrations/clients')
export class IssueIntegrationClientController {
  constructor(private readonly commands: CommandBus) {}

  /** Operators issue platform clients (or any agency's); an agency-admin issues their agency's. */
  @IssuesIntegration('client', IssuedIntegrationClientView, {
    summary: 'Issue an integration client and its API key (shown once)',
    description: 'the client and its key, shown this once, with the `tlpClearance` asked for',
    problems: ['INTEGRATION.EVENT_TYPES_UNKNOWN', 'IDEMPOTENCY.KEY_REUSED'],
  })
  issue(
    @Body() request: IssueIntegrationClientDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<IssuedIntegrationClientView>> {
    const scope = idempotencyScope(principal, 'POST /integrations/clients');
    return this.commands.execute(
      new IssueIntegrationClientCommand(request, principal, idempotencyRequest(key, scope, request)),
    );
  }
}
