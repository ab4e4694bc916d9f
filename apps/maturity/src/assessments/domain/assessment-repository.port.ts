import type { Assessment } from './assessment.aggregate';

/**
 * Where assessments are kept, in the running unit of work's transaction (infrastructure
 * implements it). Every write hands the assessment to the unit of work, which publishes the
 * facts it recorded.
 */
export abstract class AssessmentRepository {
  abstract insert(assessment: Assessment): Promise<void>;

  abstract findById(id: string): Promise<Assessment | null>;

  /** The assessment, locked until the transaction ends (its answers and status change one writer at a time). */
  abstract lockById(id: string): Promise<Assessment | null>;

  /** Writes the assessment if it is still at `previousVersion`; ASSESSMENT.VERSION_MISMATCH otherwise. */
  abstract update(assessment: Assessment, previousVersion: number): Promise<void>;
}
