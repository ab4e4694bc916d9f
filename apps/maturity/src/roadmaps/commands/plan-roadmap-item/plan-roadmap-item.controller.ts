import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, param, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
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
  @IdempotentCreate(RoadmapItemView, { etag: true, location: 'roadmap/items/:id' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422, 429)
  plan(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: PlanRoadmapItemDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<RoadmapItemView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /agencies/${agencyId}/roadmap/items`),
      body,
    );
    return this.commands.execute(
      new PlanRoadmapItemCommand(agencyId, body, callerOf(principal).sub, idempotency),
    );
  }
}
