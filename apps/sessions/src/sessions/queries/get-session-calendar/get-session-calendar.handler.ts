import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { Clock } from '@csg/domain';
import { InjectServiceDataSource } from '@csg/persistence';
import { sessionNotFound } from '../../commands/session-change.util';
import { SessionListReader } from '../../infrastructure/session-list.reader';
import { GetSessionCalendarQuery } from './get-session-calendar.query';
import { sessionCalendar } from './icalendar';

@QueryHandler(GetSessionCalendarQuery)
export class GetSessionCalendarHandler implements IQueryHandler<
  GetSessionCalendarQuery,
  { sequence: number; ics: string }
> {
  constructor(
    @InjectServiceDataSource('sessions') private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ sessionId, viewer }: GetSessionCalendarQuery): Promise<{ sequence: number; ics: string }> {
    const session = await new SessionListReader(this.dataSource.manager).findVisible(viewer, sessionId);
    if (!session) throw sessionNotFound();
    return { sequence: session.sequence, ics: sessionCalendar(session, this.clock.now()) };
  }
}
