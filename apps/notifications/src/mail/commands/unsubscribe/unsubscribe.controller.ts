import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '@csg/auth';
import { ApiOkView, ApiProblems, ApiPublic, FORM_POST_ROUTE } from '@csg/http';
import { UnsubscribeLinkDto } from './unsubscribe-link.dto';
import { UnsubscribeCommand } from './unsubscribe.command';
import { UnsubscribedView } from './unsubscribed.view';

@ApiTags('inbox')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * RFC 8058 one-click: the mail provider POSTs `List-Unsubscribe=One-Click` (form-encoded or
   * multipart, read and ignored) to the link, without cookies or credentials; the signed token
   * alone says who and what (ADR 0054).
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Turn off the notification categories an e-mail's unsubscribe link names" })
  @PublicRoute()
  @RouteConfig({ [FORM_POST_ROUTE]: true })
  @ApiPublic()
  @ApiOkView(UnsubscribedView, { description: 'those categories are now OFF for that person' })
  @ApiProblems(400, 401, 413, 415, 422, 429)
  unsubscribe(@Query() query: UnsubscribeLinkDto): Promise<UnsubscribedView> {
    return this.commands.execute(new UnsubscribeCommand(query.token));
  }
}
