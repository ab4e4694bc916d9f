import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { uuidParam } from '../../../access/caller.util';
import { WebhookRuleViolation } from '../../domain/webhook.errors';
import { managedWebhook } from '../../infrastructure/webhook.repository';
import {
  DELIVERY_COLUMNS,
  toWebhookDeliveryView,
  WebhookDeliveryView,
  type WebhookDeliveryRow,
} from '../../queries/webhook-delivery.view';

@ApiTags('integrations')
@Controller('webhooks')
export class RetryWebhookDeliveryController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

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
  async retry(
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId') deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDeliveryView> {
    return this.dataSource.transaction(async (manager) => {
      await managedWebhook(manager, id, principal);
      const updated: Array<{ id: string }> = await manager.query(
        `WITH u AS (UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = now(), completed_at = NULL
          WHERE id = $1 AND webhook_id = $2 RETURNING id) SELECT * FROM u`,
        [deliveryId.slice(0, 100), id],
      );
      if (updated.length === 0)
        throw new WebhookRuleViolation('WEBHOOK.DELIVERY_NOT_FOUND', 'no such delivery');
      const rows: WebhookDeliveryRow[] = await manager.query(
        `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.id = $1`,
        [deliveryId],
      );
      return toWebhookDeliveryView(rows[0]);
    });
  }
}
