import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, pageLimit, PageQueryDto, timeKeyset } from '@csg/http';
import { WebhookPageView, WebhookView } from '../webhook.view';
import { ListWebhooksQuery } from './list-webhooks.query';

@ApiTags('integrations')
@Controller('webhooks')
export class ListWebhooksController {
  constructor(private readonly queries: QueryBus) {}

  /** The endpoints the caller manages (operators: all; agency-admins: their agencies'), newest first. */
  @Get()
  @ApiOperation({ summary: 'List the webhook endpoints the caller manages' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(WebhookView)
  @ApiProblems(400, 401, 403, 429)
  list(@Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal): Promise<WebhookPageView> {
    const limit = pageLimit(query.limit);
    const after = timeKeyset(query.cursor);
    return this.queries.execute(new ListWebhooksQuery(principal, limit, after));
  }
}
