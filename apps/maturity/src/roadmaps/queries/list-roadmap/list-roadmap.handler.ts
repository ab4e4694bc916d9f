import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { roadmapCsv, roadmapWorkbook } from '../../infrastructure/roadmap-exports';
import { RoadmapItemReader } from '../../infrastructure/roadmap-item.reader';
import { roadmapItemFromRow } from '../../infrastructure/roadmap-item.repository';
import { toRoadmapItemView, type RoadmapItemView } from '../roadmap-item.view';
import { ListRoadmapQuery } from './list-roadmap.query';

/** The whole roadmap is at most this many items in an export. */
const EXPORT_LIMIT = 5_000;

export type RoadmapListing =
  | { format: 'json'; page: Page<RoadmapItemView> }
  | { format: 'csv'; body: string }
  | { format: 'xlsx'; body: Buffer };

@QueryHandler(ListRoadmapQuery)
export class ListRoadmapHandler implements IQueryHandler<ListRoadmapQuery, RoadmapListing> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ agencyId, status, format, limit, after }: ListRoadmapQuery): Promise<RoadmapListing> {
    const reader = new RoadmapItemReader(this.dataSource.manager);
    if (format === 'json') {
      const rows = await reader.list(agencyId, status, limit + 1, after);
      return {
        format,
        page: toPage(
          rows,
          limit,
          (r) => [r.dueOn, r.id],
          (r) => toRoadmapItemView(roadmapItemFromRow(r)),
        ),
      };
    }
    const rows = await reader.list(agencyId, status, EXPORT_LIMIT);
    if (format === 'csv') return { format, body: roadmapCsv(rows) };
    const [agency] = await this.dataSource.query(`SELECT name FROM agency_directory WHERE agency_id = $1`, [
      agencyId,
    ]);
    return { format, body: await roadmapWorkbook(rows, agency?.name ?? agencyId) };
  }
}
