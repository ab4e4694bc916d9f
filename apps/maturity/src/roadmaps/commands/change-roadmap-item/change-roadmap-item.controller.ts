import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { RoadmapItemView } from '../../queries/roadmap-item.view';
import { ChangeRoadmapItemCommand } from './change-roadmap-item.command';
import { ChangeRoadmapItemDto } from './change-roadmap-item.dto';

@ApiTags('roadmaps')
@Controller('roadmap/items')
export class ChangeRoadmapItemController {
  constructor(private readonly commands: CommandBus) {}

  /** Changes fields or the status (PLANNED, IN_PROGRESS, DONE, BLOCKED); members change only items they own. */
  @Patch(':id')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Change a roadmap item or its status' })
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(RoadmapItemView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415, 422, 429)
  @VersionEtag()
  change(
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeRoadmapItemDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RoadmapItemView> {
    return this.commands.execute(
      new ChangeRoadmapItemCommand(id, { ...body }, parseIfMatch(ifMatch), principal),
    );
  }
}
