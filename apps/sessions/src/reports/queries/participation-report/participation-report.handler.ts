import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { ParticipationReader } from '../../infrastructure/participation.reader';
import type { ParticipationReportView } from './participation-report.view';
import { ParticipationReportQuery } from './participation-report.query';

@QueryHandler(ParticipationReportQuery)
export class ParticipationReportHandler implements IQueryHandler<
  ParticipationReportQuery,
  ParticipationReportView
> {
  constructor(@InjectServiceDataSource('sessions') private readonly dataSource: DataSource) {}

  async execute({ from, to }: ParticipationReportQuery): Promise<ParticipationReportView> {
    const figures = await new ParticipationReader(this.dataSource.manager).figures(from, to);
    return { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, ...figures };
  }
}
