import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { practiceFromRow } from '../../infrastructure/practice.mapper';
import { PracticeSearchReader } from '../../infrastructure/practice-search.reader';
import { toPracticeSummaryView } from '../practice.view';
import type { PracticeSearchPage } from './practice-search.view';
import { SearchPracticesQuery } from './search-practices.query';

@QueryHandler(SearchPracticesQuery)
export class SearchPracticesHandler implements IQueryHandler<SearchPracticesQuery, PracticeSearchPage> {
  constructor(@InjectServiceDataSource('exchange') private readonly dataSource: DataSource) {}

  async execute({
    filters,
    sort,
    reader,
    limit,
    after,
    withFacets,
  }: SearchPracticesQuery): Promise<PracticeSearchPage> {
    const search = new PracticeSearchReader(this.dataSource.manager);
    const [rows, facets] = await Promise.all([
      search.search(filters, reader, sort, limit + 1, after),
      withFacets ? search.facets(filters, reader) : undefined,
    ]);
    const page = toPage(
      rows,
      limit,
      (row) => (sort === 'relevance' ? [row.rank!, row.id] : [new Date(row.updatedAt).toISOString(), row.id]),
      (row) => toPracticeSummaryView(practiceFromRow({ ...row, body: '' }), row.endorsementCount),
    );
    return facets ? { ...page, facets } : page;
  }
}
