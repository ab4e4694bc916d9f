import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  formatEtag,
  parseIfMatch,
  uuidParam,
  type Reply,
  toInstant,
} from '@csg/http';
import { AgendaItemView } from '../../queries/session.view';
import { AddAgendaItemCommand } from './add-agenda-item.command';
import { AddAgendaItemDto } from './add-agenda-item.dto';
import type { AgendaChange } from './add-agenda-item.handler';

@ApiTags('sessions')
@Controller('sessions')
export class AddAgendaItemController {
  constructor(private readonly commands: CommandBus) {}

  /** Adds an item within the session's times; items of one track do not overlap. */
  @Post(':id/agenda')
  @Policy(Operators())
  @ApiOperation({ summary: 'Add an agenda item' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: "the session's ETag; 412 when stale" })
  @ApiCreatedView(AgendaItemView, {
    etag: true,
    location: true,
    description: "the item; ETag is the session's new version",
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @HttpCode(201)
  async add(
    @Param('id', uuidParam()) id: string,
    @Body() body: AddAgendaItemDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<AgendaItemView> {
    const details = { ...body, startsAt: toInstant(body.startsAt), endsAt: toInstant(body.endsAt) };
    const change: AgendaChange = await this.commands.execute(
      new AddAgendaItemCommand(id, details, parseIfMatch(ifMatch)),
    );
    reply.header('etag', formatEtag(change.sessionVersion));
    reply.header('location', `/api/v1/sessions/${id}/agenda/${change.item.id}`);
    return change.item;
  }
}
