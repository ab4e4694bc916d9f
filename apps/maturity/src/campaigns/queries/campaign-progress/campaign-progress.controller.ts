import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  decodeCursor,
  PageQueryDto,
  pageLimit,
  type Page,
  uuidParam,
} from '@csg/http';
import { CampaignProgressQuery } from './campaign-progress.query';
import { CampaignProgressView } from './campaign-progress.view';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignProgressController {
  constructor(private readonly queries: QueryBus) {}

  /** Organisers: per agency in the audience, not started, draft, submitted or reviewed, and the share answered. */
  @Get(':id/progress')
  @Policy(Operators())
  @ApiOperation({ summary: "A campaign's progress per agency" })
  @ApiBearerAuth()
  @ApiOkPage(CampaignProgressView)
  @ApiProblems(400, 401, 403, 404, 429)
  progress(
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CampaignProgressView>> {
    const after = decodeCursor(query.cursor, ['text', 'uuid']);
    return this.queries.execute(new CampaignProgressQuery(id, pageLimit(query.limit), after));
  }
}
