import type { Answer } from './answer-sheet.rule';

/** The answers of assessments, kept beside them and written in bulk, in the running transaction. */
export abstract class AssessmentAnswers {
  /** The stored answers of the given subcategories (what they were before an upsert). */
  abstract existing(assessmentId: string, subcategoryIds: string[]): Promise<Map<string, Answer>>;

  abstract upsert(assessmentId: string, answers: readonly Answer[], now: Date): Promise<void>;

  /** How many subcategories the assessment answers. */
  abstract count(assessmentId: string): Promise<number>;

  /**
   * Carries another assessment's answers forward (targets become the new campaign's unless
   * overridden); returns how many were copied.
   */
  abstract copy(fromAssessmentId: string, toAssessmentId: string, now: Date): Promise<number>;
}
