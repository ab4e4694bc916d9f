import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { SessionListReader } from '../../infrastructure/session-list.reader';
import { toSessionView, type SessionView } from '../session.view';
import { ListSessionsQuery } from './list-sessions.query';

@QueryHandler(ListSessionsQuery)
export class ListSessionsHandler implements IQueryHandler<ListSessionsQuery, Page<SessionView>> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  async execute({ filters, viewer, limit, after }: ListSessionsQuery): Promise<Page<SessionView>> {
    const rows = await new SessionListReader(this.dataSource.manager).list(viewer, filters, limit + 1, after);
    return toPage(rows, limit, (s) => [s.startsAt.toISOString(), s.id], toSessionView);
  }
}
