import { Controller, Get, Header, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '@csg/auth';
import { ApiProblems, ApiPublic } from '@csg/http';
import { UnsubscribeLinkDto } from '../../commands/unsubscribe/unsubscribe-link.dto';
import type { UnsubscribedView } from '../../commands/unsubscribe/unsubscribed.view';
import { ConfirmUnsubscribeQuery } from './confirm-unsubscribe.query';
import { UNSUBSCRIBE_PAGE_CSP, unsubscribePage } from './unsubscribe-page';

@ApiTags('inbox')
@Controller('unsubscribe')
export class ConfirmUnsubscribeController {
  constructor(private readonly queries: QueryBus) {}

  /** Opening the link in a browser (or a scanner fetching it) changes nothing: the page's button POSTs. */
  @Get()
  @ApiOperation({ summary: 'The confirmation page of an unsubscribe link; changes nothing' })
  @PublicRoute()
  @ApiPublic()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', UNSUBSCRIBE_PAGE_CSP)
  @ApiProduces('text/html')
  @ApiResponse({
    status: 200,
    description: 'an HTML page with one button that sends the one-click POST',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 422, 429)
  async confirm(@Query() query: UnsubscribeLinkDto): Promise<string> {
    const view: UnsubscribedView = await this.queries.execute(new ConfirmUnsubscribeQuery(query.token));
    return unsubscribePage(query.token, view);
  }
}
