import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiProblems } from '@csg/http';
import { ImpactReportDto } from '../../../reports/queries/impact-report/impact-report.dto';
import { ApiOkDocument } from '../api-ok-document.decorator';
import { sendDocument, SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { ImpactReportChartQuery } from './impact-report-chart.query';

type Reply = { header(name: string, value: string): unknown };

/** The impact report as an accessible SVG chart, beside its JSON and under the same route policy. */
@ApiTags('reports')
@Controller('reports')
export class ImpactReportChartController {
  constructor(private readonly queries: QueryBus) {}

  /** GET /reports/impact as a bar chart: attendees against non-attendees, with each side's count. */
  @Get('impact.svg')
  @Policy(Operators())
  @ApiOperation({ summary: "Whether a session's attendees improved more, as an SVG chart" })
  @ApiBearerAuth()
  @ApiOkDocument(
    SVG_TYPE,
    'an accessible SVG (title, desc, text labels) of the same comparison as the JSON report',
  )
  @ApiProblems(400, 401, 403, 404, 429)
  async impact(
    @Query() query: ImpactReportDto,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | string> {
    const chart: RenderedDocument = await this.queries.execute(
      new ImpactReportChartQuery(query.sessionId, query.campaignId, query.baselineCampaignId),
    );
    return sendDocument(reply, chart, 'inline');
  }
}
