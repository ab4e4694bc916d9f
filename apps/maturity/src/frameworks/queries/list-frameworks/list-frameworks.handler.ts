import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { FrameworkStore } from '../../infrastructure/framework.store';
import { toFrameworkSummaryView, type FrameworkSummaryView } from '../framework.view';
import { ListFrameworksQuery } from './list-frameworks.query';

@QueryHandler(ListFrameworksQuery)
export class ListFrameworksHandler implements IQueryHandler<ListFrameworksQuery, Page<FrameworkSummaryView>> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ limit, afterId }: ListFrameworksQuery): Promise<Page<FrameworkSummaryView>> {
    const rows = await new FrameworkStore(this.dataSource.manager).list(limit + 1, afterId);
    return toPage(rows, limit, (row) => [row.id], toFrameworkSummaryView);
  }
}
