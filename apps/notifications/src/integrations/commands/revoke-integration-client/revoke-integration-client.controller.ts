import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { IntegrationClientView } from '../../queries/integration-client.view';
import { RevokeIntegrationClientCommand } from './revoke-integration-client.command';

@ApiTags('integrations')
@Controller('integrations/clients')
export class RevokeIntegrationClientController {
  constructor(private readonly commands: CommandBus) {}

  /** Revokes the client's key for good. Clients the caller does not manage are 404. */
  @Post(':id/revoke')
  @ApiOperation({ summary: "Revoke a client's API key for good" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(IntegrationClientView)
  @ApiProblems(400, 401, 403, 404, 429)
  @HttpCode(200)
  revoke(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IntegrationClientView> {
    return this.commands.execute(new RevokeIntegrationClientCommand(id, principal));
  }
}
