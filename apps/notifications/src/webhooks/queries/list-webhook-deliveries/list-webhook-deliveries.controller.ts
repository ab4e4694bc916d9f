import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, PageQueryDto, toPage } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { uuidParam } from '../../../access/caller.util';
import { managedWebhook } from '../../infrastructure/webhook.repository';
import {
  DELIVERY_COLUMNS,
  toWebhookDeliveryView,
  WebhookDeliveryPageView,
  WebhookDeliveryView,
  type WebhookDeliveryRow,
} from '../webhook-delivery.view';

@ApiTags('integrations')
@Controller('webhooks')
export class ListWebhookDeliveriesController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** The endpoint's delivery log, newest first, each with its attempts. Endpoints the caller does not manage are 404. */
  @Get(':id/deliveries')
  @ApiOperation({ summary: "Read a webhook's delivery log with every attempt" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(WebhookDeliveryView)
  @ApiProblems(400, 401, 403, 404, 429)
  async list(
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDeliveryPageView> {
    await managedWebhook(this.dataSource.manager, id, principal);
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['string', 'string']);
    const params: unknown[] = [id, limit + 1];
    if (after) params.push(after[0], after[1]);
    const rows: WebhookDeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.webhook_id = $1
         ${after ? 'AND (d.created_at, d.id) < ($3::timestamptz, $4::text)' : ''}
       ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      params,
    );
    return toPage(rows, limit, (r) => [r.created_at.toISOString(), r.id], toWebhookDeliveryView);
  }
}
