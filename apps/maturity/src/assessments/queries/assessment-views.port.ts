import type { Principal } from '@csg/auth';
import type { AssessmentView } from './assessment.view';

/**
 * Assessments as a caller reads them (the TLP read predicate), in the running unit of work's
 * transaction: what a change checks first and answers with afterwards.
 */
export abstract class AssessmentViews {
  /** Whether the caller may read the assessment (one they may not does not exist for them). */
  abstract isReadable(reader: Principal, assessmentId: string): Promise<boolean>;

  /** The assessment with its answers as the caller reads it, or null when they may not. */
  abstract viewFor(reader: Principal, assessmentId: string): Promise<AssessmentView | null>;
}
