import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, param, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
  uuidParam,
} from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { RoadmapItemView } from '../../queries/roadmap-item.view';
import { PlanRoadmapItemCommand } from './plan-roadmap-item.command';
import { PlanRoadmapItemDto } from './plan-roadmap-item.dto';

@ApiTags('roadmaps')
@Controller('agencies')
export class PlanRoadmapItemController {
  constructor(private readonly commands: CommandBus) {}

  /** The agency's admins add an item to its roadmap. */
  @Post(':id/roadmap/items')
  @Policy(AgencyRoles(param('id'), 'agency-admin'))
  @ApiOperation({ summary: "Add an item to an agency's roadmap" })
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(RoadmapItemView, { etag: true, location: true, idempotent: true })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async plan(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: PlanRoadmapItemDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<RoadmapItemView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /agencies/${agencyId}/roadmap/items`),
      body,
    );
    const outcome: IdempotentOutcome<RoadmapItemView> = await this.commands.execute(
      new PlanRoadmapItemCommand(agencyId, body, callerOf(principal).sub, idempotency),
    );
    reply.header('location', `/api/v1/roadmap/items/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
