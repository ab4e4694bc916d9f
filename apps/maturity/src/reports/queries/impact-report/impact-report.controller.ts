import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { ImpactReportDto } from './impact-report.dto';
import { ImpactReportQuery } from './impact-report.query';
import { ImpactReportView } from './impact-report.view';

@ApiTags('reports')
@Controller('reports')
export class ImpactReportController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Organisers: for each subcategory the session's agenda and presented practices cover, the mean
   * change in current tier between the baseline and the later campaign, attended against not, with counts.
   */
  @Get('impact')
  @Policy(Operators())
  @ApiOperation({ summary: "Whether a session's attendees improved more" })
  @ApiBearerAuth()
  @ApiOkView(ImpactReportView)
  @ApiProblems(400, 401, 403, 404, 429)
  report(@Query() query: ImpactReportDto): Promise<ImpactReportView> {
    return this.queries.execute(
      new ImpactReportQuery(query.sessionId, query.campaignId, query.baselineCampaignId),
    );
  }
}
