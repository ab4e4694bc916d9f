import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiExtraModels,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiProblems, type Reply, toOptionalInstant } from '@csg/http';
import { participationCsv } from './participation-csv';
import { ParticipationReportDto } from './participation-report.dto';
import { ParticipationReportQuery } from './participation-report.query';
import { ParticipationReportView } from './participation-report.view';

@ApiTags('reports')
@Controller('reports')
export class ParticipationReportController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Organisers: per session and agency, registered, confirmed, waitlisted, cancelled and attended,
   * and the same per tier and per sector. `Accept: text/csv` gives the same figures as CSV.
   */
  @Get('participation')
  @Policy(Operators())
  @ApiOperation({ summary: 'The participation report' })
  @ApiBearerAuth()
  @ApiExtraModels(ParticipationReportView)
  @ApiProduces('application/json', 'text/csv')
  @ApiResponse({
    status: 200,
    description: 'the report',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ParticipationReportView) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401, 403, 429)
  async report(
    @Query() query: ParticipationReportDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<ParticipationReportView | string> {
    const report: ParticipationReportView = await this.queries.execute(
      new ParticipationReportQuery(toOptionalInstant(query.from), toOptionalInstant(query.to)),
    );
    if (!wantsCsv(accept)) return report;
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="participation.csv"');
    return participationCsv(report);
  }
}

/** CSV when the client prefers it to JSON (`Accept: text/csv`). */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  const csv = types.indexOf('text/csv');
  const json = types.findIndex((t) => t === 'application/json' || t === '*/*');
  return csv !== -1 && (json === -1 || csv < json);
}
