import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { uuidParam } from '../../../access/caller.util';
import { IssuedIntegrationClientView } from '../../queries/integration-client.view';
import { RotateIntegrationKeyCommand } from './rotate-integration-key.command';

@ApiTags('integrations')
@Controller('integrations/clients')
export class RotateIntegrationKeyController {
  constructor(private readonly commands: CommandBus) {}

  /** A new key, shown once; the previous key is refused from now on. Clients the caller does not manage are 404. */
  @Post(':id/rotate')
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkResponse({ type: IssuedIntegrationClientView })
  @HttpCode(200)
  rotate(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IssuedIntegrationClientView> {
    return this.commands.execute(new RotateIntegrationKeyCommand(id, principal));
  }
}
