import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { RegisteredWebhookView } from '../../queries/webhook.view';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

@ApiTags('integrations')
@Controller('webhooks')
export class RotateWebhookSecretController {
  constructor(private readonly commands: CommandBus) {}

  /** A new signing secret, shown once; for the overlap (24 h) every delivery carries both signatures. */
  @Post(':id/rotate-secret')
  @ApiOperation({ summary: "Rotate a webhook's signing secret (both sign for 24 h)" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(RegisteredWebhookView)
  @ApiProblems(400, 401, 403, 404, 429)
  @HttpCode(200)
  rotate(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegisteredWebhookView> {
    return this.commands.execute(new RotateWebhookSecretCommand(id, principal));
  }
}
