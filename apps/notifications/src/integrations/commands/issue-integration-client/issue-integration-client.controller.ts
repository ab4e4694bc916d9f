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
import { IssuedIntegrationClientView } from '../../queries/integration-client.view';
import { ApiClearanceProblem } from '../clearance-problem.decorator';
import { IssueIntegrationClientCommand } from './issue-integration-client.command';
import { IssueIntegrationClientDto } from './issue-integration-client.dto';

@ApiTags('integrations')
@Controller('integrations/clients')
export class IssueIntegrationClientController {
  constructor(private readonly commands: CommandBus) {}

  /** Operators issue platform clients (or any agency's); an agency-admin issues their agency's. */
  @Post()
  @ApiOperation({ summary: 'Issue an integration client and its API key (shown once)' })
  @Policy(Operators(), AgencyRoles(body('agencyId'), 'agency-admin'))
  @ApiBearerAuth()
  @IdempotentCreate(IssuedIntegrationClientView, {
    etag: true,
    description: 'the client and its key, shown this once, with the `tlpClearance` asked for',
  })
  @ApiProblems(400, 401, 403, 413, 415, 429)
  @ApiClearanceProblem('client', ['INTEGRATION.EVENT_TYPES_UNKNOWN', 'IDEMPOTENCY.KEY_REUSED'])
  issue(
    @Body() request: IssueIntegrationClientDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<IssuedIntegrationClientView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, 'POST /integrations/clients'),
      request,
    );
    return this.commands.execute(new IssueIntegrationClientCommand(request, principal, idempotency));
  }
}
