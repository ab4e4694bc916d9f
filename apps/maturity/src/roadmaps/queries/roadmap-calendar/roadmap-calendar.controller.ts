import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import { ApiProblems, attachment, uuidParam, type Reply } from '@csg/http';
import { RoadmapCalendarQuery } from './roadmap-calendar.query';

@ApiTags('roadmaps')
@Controller('agencies')
export class RoadmapCalendarController {
  constructor(private readonly queries: QueryBus) {}

  /** An iCalendar feed of the roadmap's due dates and milestones (items not done). */
  @Get(':id/roadmap.ics')
  @Policy(Operators(), AgencyRoles(param('id')))
  @ApiOperation({ summary: "An agency's roadmap due dates as iCalendar" })
  @ApiBearerAuth()
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'iCalendar (RFC 5545)',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404, 429)
  async calendar(
    @Param('id', uuidParam()) agencyId: string,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<string> {
    const body: string = await this.queries.execute(new RoadmapCalendarQuery(agencyId));
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', attachment(`roadmap-${agencyId}.ics`));
    return body;
  }
}
