import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { notFound } from '../../../practices/domain/practice.aggregate';
import { PracticeReader } from '../../../practices/infrastructure/practice.reader';
import { DiscussionReader } from '../../infrastructure/discussion.reader';
import { toEndorsementView, type EndorsementView } from '../discussion.view';
import { ListEndorsementsQuery } from './list-endorsements.query';

@QueryHandler(ListEndorsementsQuery)
export class ListEndorsementsHandler implements IQueryHandler<ListEndorsementsQuery, Page<EndorsementView>> {
  constructor(@InjectServiceDataSource('exchange') private readonly dataSource: DataSource) {}

  /** Oldest first; what hangs off a practice the caller may not read does not exist for them. */
  async execute({ practiceId, reader, limit, after }: ListEndorsementsQuery): Promise<Page<EndorsementView>> {
    const rows = await new DiscussionReader(this.dataSource.manager).endorsements(
      practiceId,
      reader,
      limit + 1,
      after,
    );
    if (
      rows.length === 0 &&
      !(await new PracticeReader(this.dataSource.manager).findReadable(practiceId, reader))
    ) {
      throw notFound();
    }
    return toPage(rows, limit, (row) => [new Date(row.createdAt).toISOString(), row.id], toEndorsementView);
  }
}
