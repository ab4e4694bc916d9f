import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { FeedbackSummaryReader } from '../../infrastructure/feedback-summary.reader';
import type { FeedbackSummaryView } from '../feedback.view';
import { GetFeedbackSummaryQuery } from './get-feedback-summary.query';

@QueryHandler(GetFeedbackSummaryQuery)
export class GetFeedbackSummaryHandler implements IQueryHandler<
  GetFeedbackSummaryQuery,
  FeedbackSummaryView
> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  async execute({ sessionId }: GetFeedbackSummaryQuery): Promise<FeedbackSummaryView> {
    const manager = this.dataSource.manager;
    const exists = await manager.query(`SELECT 1 FROM sessions WHERE id = $1`, [sessionId]);
    if (exists.length === 0) throw sessionNotFound();
    return new FeedbackSummaryReader(manager).summary(sessionId);
  }
}
