import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { AssessmentReader } from '../../infrastructure/assessment.reader';
import { toAssessmentSummaryView, type AssessmentSummaryView } from '../assessment.view';
import { ListAgencyAssessmentsQuery } from './list-agency-assessments.query';

@QueryHandler(ListAgencyAssessmentsQuery)
export class ListAgencyAssessmentsHandler implements IQueryHandler<
  ListAgencyAssessmentsQuery,
  Page<AssessmentSummaryView>
> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({
    agencyId,
    principal,
    limit,
    after,
  }: ListAgencyAssessmentsQuery): Promise<Page<AssessmentSummaryView>> {
    const rows = await new AssessmentReader(this.dataSource.manager).listForAgency(
      principal,
      agencyId,
      limit + 1,
      after,
    );
    return toPage(rows, limit, (r) => [r.sortKey, r.id], toAssessmentSummaryView);
  }
}
