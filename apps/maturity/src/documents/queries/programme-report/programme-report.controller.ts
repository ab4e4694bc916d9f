import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiProblems } from '@csg/http';
import { ApiOkDocument } from '../api-ok-document.decorator';
import { PDF_TYPE, sendDocument, type RenderedDocument } from '../rendered-document';
import { ProgrammeReportDto } from './programme-report.dto';
import { ProgrammeReportQuery } from './programme-report.query';

@ApiTags('reports')
@Controller('reports')
export class ProgrammeReportController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Organisers and platform-admins: sessions delivered and participation by tier and sector,
   * maturity movement against a baseline campaign, the sessions' impact with its caveats, the
   * exchange's activity and the agencies furthest behind their targets, TLP-marked on every page.
   */
  @Get('programme.pdf')
  @Policy(Operators())
  @ApiOperation({ summary: "The programme's report as PDF" })
  @ApiBearerAuth()
  @ApiOkDocument(PDF_TYPE, 'the programme report, TLP-marked on every page')
  @ApiProblems(400, 401, 403, 404, 422, 429)
  async programme(
    @Query() query: ProgrammeReportDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<Buffer | string> {
    const document: RenderedDocument = await this.queries.execute(
      new ProgrammeReportQuery(query.from, query.to, query.campaignId, query.baselineCampaignId, principal),
    );
    return sendDocument(reply, document, 'attachment');
  }
}
