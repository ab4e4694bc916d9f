import { Controller, Delete, Headers, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiNoContent, ApiProblems, parseIfMatch, uuidParam } from '@csg/http';
import { RemoveAgendaItemCommand } from './remove-agenda-item.command';

@ApiTags('sessions')
@Controller('sessions')
export class RemoveAgendaItemController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/agenda/:itemId')
  @Policy(Operators())
  @ApiOperation({ summary: 'Remove an agenda item' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: "the session's ETag; 412 when stale" })
  @ApiNoContent('the item is gone')
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @HttpCode(204)
  async remove(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam()) itemId: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.commands.execute(new RemoveAgendaItemCommand(id, itemId, parseIfMatch(ifMatch)));
  }
}
