import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { roadmapCalendar } from '../../infrastructure/roadmap-exports';
import { RoadmapItemReader } from '../../infrastructure/roadmap-item.reader';
import { RoadmapCalendarQuery } from './roadmap-calendar.query';

@QueryHandler(RoadmapCalendarQuery)
export class RoadmapCalendarHandler implements IQueryHandler<RoadmapCalendarQuery, string> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ agencyId }: RoadmapCalendarQuery): Promise<string> {
    const rows = await new RoadmapItemReader(this.dataSource.manager).list(agencyId, undefined, 5_000);
    const [agency] = await this.dataSource.query(`SELECT name FROM agency_directory WHERE agency_id = $1`, [
      agencyId,
    ]);
    return roadmapCalendar(rows, agency?.name ?? agencyId);
  }
}
