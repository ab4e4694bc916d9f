import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, patternParam, uuidParam } from '@csg/http';
import { WebhookDeliveryView } from '../../queries/webhook-delivery.view';
import { RetryWebhookDeliveryCommand } from './retry-webhook-delivery.command';

/** A delivery's id is its `webhook-id`: `msg_` and 32 hex digits (see the delivery enqueuer). */
const DELIVERY_ID = /^msg_[0-9a-f]{32}$/;

@ApiTags('integrations')
@Controller('webhooks')
export class RetryWebhookDeliveryController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Sends a delivery again now, with the same webhook-id (one more attempt, whatever its state;
   * a success re-enables a disabled endpoint).
   */
  @Post(':id/deliveries/:deliveryId/retry')
  @ApiOperation({ summary: 'Send a delivery again, with the same webhook-id' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(WebhookDeliveryView)
  @ApiProblems(400, 401, 403, 404, 429)
  @HttpCode(200)
  retry(
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', patternParam(DELIVERY_ID)) deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDeliveryView> {
    return this.commands.execute(new RetryWebhookDeliveryCommand(id, deliveryId, principal));
  }
}
