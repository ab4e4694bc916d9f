import { Body, Controller, Headers, Param, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import {
  ApiOkView,
  ApiProblems,
  formatEtag,
  parseIfMatch,
  uuidParam,
  type Reply,
  toOptionalInstant,
} from '@csg/http';
import { AgendaItemView } from '../../queries/session.view';
import type { AgendaChange } from '../add-agenda-item/add-agenda-item.handler';
import { ChangeAgendaItemCommand } from './change-agenda-item.command';
import { ChangeAgendaItemDto } from './change-agenda-item.dto';

@ApiTags('sessions')
@Controller('sessions')
export class ChangeAgendaItemController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id/agenda/:itemId')
  @Policy(Operators())
  @ApiOperation({ summary: 'Change an agenda item' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: "the session's ETag; 412 when stale" })
  @ApiOkView(AgendaItemView, { etag: true, description: "the item; ETag is the session's new version" })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  async change(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam()) itemId: string,
    @Body() body: ChangeAgendaItemDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<AgendaItemView> {
    const changes = {
      ...body,
      startsAt: toOptionalInstant(body.startsAt),
      endsAt: toOptionalInstant(body.endsAt),
    };
    const change: AgendaChange = await this.commands.execute(
      new ChangeAgendaItemCommand(id, itemId, changes, parseIfMatch(ifMatch)),
    );
    reply.header('etag', formatEtag(change.sessionVersion));
    return change.item;
  }
}
