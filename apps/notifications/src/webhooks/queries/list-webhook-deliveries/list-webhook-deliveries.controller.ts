import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, PageQueryDto, uuidParam } from '@csg/http';
import { WebhookDeliveryPageView, WebhookDeliveryView } from '../webhook-delivery.view';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';

@ApiTags('integrations')
@Controller('webhooks')
export class ListWebhookDeliveriesController {
  constructor(private readonly queries: QueryBus) {}

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
    let after: readonly [string, string] | undefined;
    let invalidCursor: unknown;
    try {
      after = decodeCursor(query.cursor, ['timestamp', 'text']);
    } catch (problem) {
      invalidCursor = problem;
    }
    const page: WebhookDeliveryPageView = await this.queries.execute(
      new ListWebhookDeliveriesQuery(id, principal, pageLimit(query.limit), after),
    );
    // a webhook the caller does not manage is 404 whatever the cursor; only then is a bad cursor 400
    if (invalidCursor) throw invalidCursor;
    return page;
  }
}
