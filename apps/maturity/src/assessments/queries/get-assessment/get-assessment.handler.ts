import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { AssessmentReader } from '../../infrastructure/assessment.reader';
import { toAssessmentView, type AssessmentView } from '../assessment.view';
import { readableAssessment } from '../readable-assessment.util';
import { GetAssessmentQuery } from './get-assessment.query';

@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery, AssessmentView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ assessmentId, principal }: GetAssessmentQuery): Promise<AssessmentView> {
    const row = await readableAssessment(this.dataSource.manager, principal, assessmentId);
    return toAssessmentView(row, await new AssessmentReader(this.dataSource.manager).answers(assessmentId));
  }
}
