import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, PageQueryDto, toPage } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { managedOwners } from '../../../access/caller.util';
import { toWebhookView, WebhookPageView, WebhookView, type WebhookRow } from '../webhook.view';

@ApiTags('integrations')
@Controller('webhooks')
export class ListWebhooksController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** The endpoints the caller manages (operators: all; agency-admins: their agencies'), newest first. */
  @Get()
  @ApiOperation({ summary: 'List the webhook endpoints the caller manages' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(WebhookView)
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookPageView> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['string', 'uuid']);
    const owners = managedOwners(principal);
    const params: unknown[] = [limit + 1, owners.all, owners.agencyIds];
    if (after) params.push(after[0], after[1]);
    const rows: WebhookRow[] = await this.dataSource.query(
      `SELECT * FROM webhooks WHERE ($2 OR owner_agency_id = ANY($3::uuid[]))
         ${after ? 'AND (created_at, id) < ($4::timestamptz, $5::uuid)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
    return toPage(rows, limit, (r) => [r.created_at.toISOString(), r.id], toWebhookView);
  }
}
