import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { MaturityReportDto } from './maturity-report.dto';
import { MaturityReportQuery } from './maturity-report.query';
import { MaturityReportView } from './maturity-report.view';

@ApiTags('reports')
@Controller('reports')
export class MaturityReportController {
  constructor(private readonly queries: QueryBus) {}

  /** Per function, tier or sector: named for organisers, anonymised (groups of 3+) for agency members. */
  @Get('maturity')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Maturity by function, tier or sector' })
  @ApiBearerAuth()
  @ApiOkView(MaturityReportView)
  @ApiProblems(400, 401, 404, 429)
  report(
    @Query() query: MaturityReportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MaturityReportView> {
    return this.queries.execute(
      new MaturityReportQuery(query.campaignId, query.groupBy ?? 'function', callerOf(principal)),
    );
  }
}
