import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { sessionNotFound } from '../../commands/session-change.util';
import { SessionListReader } from '../../infrastructure/session-list.reader';
import { toSessionView, type SessionView } from '../session.view';
import { GetSessionQuery } from './get-session.query';

@QueryHandler(GetSessionQuery)
export class GetSessionHandler implements IQueryHandler<GetSessionQuery, SessionView> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  /** A session the caller may not see does not exist for them. */
  async execute({ sessionId, viewer }: GetSessionQuery): Promise<SessionView> {
    const session = await new SessionListReader(this.dataSource.manager).findVisible(viewer, sessionId);
    if (!session) throw sessionNotFound();
    return toSessionView(session);
  }
}
