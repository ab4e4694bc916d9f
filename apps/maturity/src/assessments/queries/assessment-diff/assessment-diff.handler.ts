import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { ASSESSMENT_ERRORS } from '../../domain/assessment.errors';
import { ProfileReader } from '../../infrastructure/profile.reader';
import { readableAssessment } from '../readable-assessment.util';
import { AssessmentDiffQuery } from './assessment-diff.query';
import { toDiffView, type AssessmentDiffView } from './assessment-diff.view';

@QueryHandler(AssessmentDiffQuery)
export class AssessmentDiffHandler implements IQueryHandler<AssessmentDiffQuery, AssessmentDiffView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  /** Both assessments must be readable by the caller (else 404) and on the same framework (else 422). */
  async execute({ assessmentId, againstId, principal }: AssessmentDiffQuery): Promise<AssessmentDiffView> {
    const manager = this.dataSource.manager;
    const [a, b] = [
      await readableAssessment(manager, principal, assessmentId),
      await readableAssessment(manager, principal, againstId),
    ];
    if (a.frameworkId !== b.frameworkId) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.diffSourceInvalid,
        'Compare assessments of the same framework.',
      );
    }
    return toDiffView(
      assessmentId,
      againstId,
      await new ProfileReader(manager).diff(assessmentId, againstId),
    );
  }
}
