import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { notFound } from '../../domain/practice.aggregate';
import { PracticeReader } from '../../infrastructure/practice.reader';
import { toRevisionView, type PracticeRevisionView } from '../practice-revision.view';
import { ListPracticeRevisionsQuery } from './list-practice-revisions.query';

@QueryHandler(ListPracticeRevisionsQuery)
export class ListPracticeRevisionsHandler implements IQueryHandler<
  ListPracticeRevisionsQuery,
  Page<PracticeRevisionView>
> {
  constructor(@InjectServiceDataSource('exchange') private readonly dataSource: DataSource) {}

  /** Oldest first; the revisions of a practice the caller may not read do not exist for them. */
  async execute({
    practiceId,
    reader,
    limit,
    after,
  }: ListPracticeRevisionsQuery): Promise<Page<PracticeRevisionView>> {
    const practices = new PracticeReader(this.dataSource.manager);
    const revisions = await practices.revisions(practiceId, reader, limit + 1, after ? Number(after[0]) : 0);
    if (revisions.length === 0 && !(await practices.findReadable(practiceId, reader))) throw notFound();
    return toPage(
      revisions,
      limit,
      ({ revision }) => [revision.number],
      ({ revision, pending }) => toRevisionView(revision, pending),
    );
  }
}
