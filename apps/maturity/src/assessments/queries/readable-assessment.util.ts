import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import { AssessmentReader, type AssessmentRow } from '../infrastructure/assessment.reader';

/** The assessment if the caller may read it; otherwise it does not exist for them. */
export async function readableAssessment(
  manager: EntityManager,
  principal: Principal,
  id: string,
): Promise<AssessmentRow> {
  const row = await new AssessmentReader(manager).visible(principal, id);
  if (!row) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  return row;
}
