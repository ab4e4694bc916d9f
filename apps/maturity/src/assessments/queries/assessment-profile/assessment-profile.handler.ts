import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { ProfileReader } from '../../infrastructure/profile.reader';
import { readableAssessment } from '../readable-assessment.util';
import { AssessmentProfileQuery } from './assessment-profile.query';
import { toProfileView, type AssessmentProfileView } from './assessment-profile.view';

@QueryHandler(AssessmentProfileQuery)
export class AssessmentProfileHandler implements IQueryHandler<
  AssessmentProfileQuery,
  AssessmentProfileView
> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ assessmentId, principal }: AssessmentProfileQuery): Promise<AssessmentProfileView> {
    const row = await readableAssessment(this.dataSource.manager, principal, assessmentId);
    const profile = new ProfileReader(this.dataSource.manager);
    const [rollUps, gaps] = await Promise.all([
      profile.rollUps(assessmentId, row.frameworkId),
      profile.gaps(assessmentId, row.frameworkId),
    ]);
    return toProfileView(assessmentId, row.frameworkId, rollUps, gaps);
  }
}
