import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { Clock } from '@csg/domain';
import { InjectServiceDataSource } from '@csg/persistence';
import { ProfileReader } from '../../../assessments/infrastructure/profile.reader';
import { readableAssessment } from '../../../assessments/queries/readable-assessment.util';
import { draftRoadmap } from '../../domain/roadmap-draft.rule';
import { DraftRoadmapQuery } from './draft-roadmap.query';
import { toDraftItemView, type RoadmapDraftView } from './draft-roadmap.view';

/** A draft from the assessment's gaps in priority order (computed by PostgreSQL); nothing is written. */
@QueryHandler(DraftRoadmapQuery)
export class DraftRoadmapHandler implements IQueryHandler<DraftRoadmapQuery, RoadmapDraftView> {
  constructor(
    @InjectServiceDataSource('maturity') private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ assessmentId, principal }: DraftRoadmapQuery): Promise<RoadmapDraftView> {
    const assessment = await readableAssessment(this.dataSource.manager, principal, assessmentId);
    const gaps = await new ProfileReader(this.dataSource.manager).gaps(
      assessmentId,
      assessment.frameworkId,
      200,
    );
    const today = this.clock.now().toISOString().slice(0, 10);
    return {
      assessmentId,
      agencyId: assessment.agencyId,
      items: draftRoadmap(gaps, today).map(toDraftItemView),
    };
  }
}
