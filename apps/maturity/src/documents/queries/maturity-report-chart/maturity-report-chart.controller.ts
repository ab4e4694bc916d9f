import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiProblems } from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { MaturityReportDto } from '../../../reports/queries/maturity-report/maturity-report.dto';
import { ApiOkDocument } from '../api-ok-document.decorator';
import { sendDocument, SVG_TYPE, type RenderedDocument } from '../rendered-document';
import { MaturityReportChartQuery } from './maturity-report-chart.query';

type Reply = { header(name: string, value: string): unknown };

/** The maturity report as an accessible SVG chart, beside its JSON and under the same route policy. */
@ApiTags('reports')
@Controller('reports')
export class MaturityReportChartController {
  constructor(private readonly queries: QueryBus) {}

  /** GET /reports/maturity as a bar chart: named groups for organisers, anonymised groups of 3+ for agency members. */
  @Get('maturity.svg')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Maturity by function, tier or sector, as an SVG chart' })
  @ApiBearerAuth()
  @ApiOkDocument(
    SVG_TYPE,
    'an accessible SVG (title, desc, text labels) of the same groups as the JSON report',
  )
  @ApiProblems(400, 401, 404, 429)
  async maturity(
    @Query() query: MaturityReportDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | string> {
    const chart: RenderedDocument = await this.queries.execute(
      new MaturityReportChartQuery(query.campaignId, query.groupBy ?? 'function', callerOf(principal)),
    );
    return sendDocument(reply, chart, 'inline');
  }
}
