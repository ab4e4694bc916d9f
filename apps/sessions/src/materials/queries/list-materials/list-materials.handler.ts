import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { MaterialListReader } from '../../infrastructure/material-list.reader';
import { toMaterialView, type MaterialView } from '../material.view';
import { ListMaterialsQuery } from './list-materials.query';

@QueryHandler(ListMaterialsQuery)
export class ListMaterialsHandler implements IQueryHandler<ListMaterialsQuery, Page<MaterialView>> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  async execute({ sessionId, viewer, limit, after }: ListMaterialsQuery): Promise<Page<MaterialView>> {
    const reader = new MaterialListReader(this.dataSource.manager);
    if (!(await reader.sessionExistsFor(viewer, sessionId))) throw sessionNotFound();
    const rows = await reader.list(viewer, sessionId, limit + 1, after);
    return toPage(rows, limit, (m) => [new Date(m.publishedAt).toISOString(), m.id], toMaterialView);
  }
}
