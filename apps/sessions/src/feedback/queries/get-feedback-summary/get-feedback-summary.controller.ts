import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Operators, Policy } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { FeedbackSummaryView } from '../feedback.view';
import { GetFeedbackSummaryQuery } from './get-feedback-summary.query';

@ApiTags('feedback')
@Controller('sessions')
export class GetFeedbackSummaryController {
  constructor(private readonly queries: QueryBus) {}

  /** Organisers: how many rated the session, the mean and the distribution of ratings. */
  @Get(':id/feedback/summary')
  @Policy(Operators())
  @ApiOperation({ summary: "A session's feedback summary" })
  @ApiBearerAuth()
  @ApiOkView(FeedbackSummaryView, { description: 'count, average, distribution' })
  @ApiProblems(400, 401, 403, 404, 429)
  summary(@Param('id', uuidParam()) id: string): Promise<FeedbackSummaryView> {
    return this.queries.execute(new GetFeedbackSummaryQuery(id));
  }
}
