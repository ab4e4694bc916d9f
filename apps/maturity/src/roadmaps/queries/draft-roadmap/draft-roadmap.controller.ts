import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { DraftRoadmapQuery } from './draft-roadmap.query';
import { RoadmapDraftView } from './draft-roadmap.view';

@ApiTags('roadmaps')
@Controller('assessments')
export class DraftRoadmapController {
  constructor(private readonly queries: QueryBus) {}

  /** Proposes items for the assessment's largest gaps (one per category, at most five); saves nothing. */
  @Post(':id/roadmap-draft')
  @HttpCode(200)
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Propose roadmap items for the largest gaps' })
  @ApiBearerAuth()
  @ApiOkView(RoadmapDraftView)
  @ApiProblems(400, 401, 404, 429)
  draft(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RoadmapDraftView> {
    return this.queries.execute(new DraftRoadmapQuery(id, principal));
  }
}
