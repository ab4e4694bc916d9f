import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { RECOMMENDATION_ERRORS } from '../../domain/recommendation.errors';
import { RecommendationReader } from '../../infrastructure/recommendation.reader';
import { RecommendPracticesQuery } from './recommend-practices.query';
import { toRecommendationView, type RecommendationsView } from './recommendation.view';

export const MAX_RECOMMENDATIONS = 20;

@QueryHandler(RecommendPracticesQuery)
export class RecommendPracticesHandler implements IQueryHandler<
  RecommendPracticesQuery,
  RecommendationsView
> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({
    agencyId,
    assessmentId,
    principal,
  }: RecommendPracticesQuery): Promise<RecommendationsView> {
    const reader = new RecommendationReader(this.dataSource.manager);
    const assessment = await reader.assessmentOf(agencyId, assessmentId);
    if (!assessment) {
      throw new MaturityRuleViolation(
        RECOMMENDATION_ERRORS.noAssessment,
        'The agency has no such assessment to recommend for.',
      );
    }
    const rows = await reader.recommend(
      principal,
      assessment.id,
      assessment.frameworkId,
      MAX_RECOMMENDATIONS,
    );
    return { agencyId, assessmentId: assessment.id, items: rows.map(toRecommendationView) };
  }
}
