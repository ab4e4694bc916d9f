import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiProblems, attachment, uuidParam, type Reply } from '@csg/http';
import { GetSessionCalendarQuery } from './get-session-calendar.query';

@ApiTags('sessions')
@Controller('sessions')
export class GetSessionCalendarController {
  constructor(private readonly queries: QueryBus) {}

  /** The session as an iCalendar event (RFC 5545) with the agenda in its description. */
  @Get(':id/calendar.ics')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'The session as an iCalendar event' })
  @ApiBearerAuth()
  @ApiProduces('text/calendar')
  @ApiResponse({
    status: 200,
    description: 'one VEVENT in a VCALENDAR',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 404, 429)
  async calendar(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<string> {
    const { sequence, ics } = await this.queries.execute(new GetSessionCalendarQuery(id, principal));
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', attachment(`cybersecuregov-session-${sequence}.ics`));
    return ics;
  }
}
