import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { IssuedIntegrationClientView } from '../../queries/integration-client.view';
import { RotateIntegrationKeyCommand } from './rotate-integration-key.command';

@ApiTags('integrations')
@Controller('integrations/clients')
export class RotateIntegrationKeyController {
  constructor(private readonly commands: CommandBus) {}

  /** A new key, shown once; the previous key is refused from now on. Clients the caller does not manage are 404. */
  @Post(':id/rotate')
  @ApiOperation({ summary: "Replace a client's API key (the old one stops at once)" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(IssuedIntegrationClientView)
  @ApiProblems(400, 401, 403, 404, 409, 429)
  @HttpCode(200)
  rotate(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IssuedIntegrationClientView> {
    return this.commands.execute(new RotateIntegrationKeyCommand(id, principal));
  }
}
