import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { AgencyListReader } from '../../infrastructure/agency-list.reader';
import { agencyFromRow } from '../../infrastructure/agency.mapper';
import { toAgencyView, type AgencyView } from '../agency.view';
import { ListAgenciesQuery } from './list-agencies.query';

@QueryHandler(ListAgenciesQuery)
export class ListAgenciesHandler implements IQueryHandler<ListAgenciesQuery, Page<AgencyView>> {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  async execute({ filters, viewer, limit, after }: ListAgenciesQuery): Promise<Page<AgencyView>> {
    const rows = await new AgencyListReader(this.dataSource.manager).list(filters, viewer, limit + 1, after);
    return toPage(
      rows,
      limit,
      (row) => [row.sortName, row.id],
      (row) => toAgencyView(agencyFromRow(row)),
    );
  }
}
