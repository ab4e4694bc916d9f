/** A framework's subcategories as answers are checked against them: each one's function. */
export interface FrameworkSubcategories {
  functionOf(subcategoryId: string): string | undefined;
}

/** The frameworks assessments answer, as far as checking answers needs them. */
export abstract class AssessmentFrameworks {
  /** The framework's subcategories, or null when there is no such framework. */
  abstract subcategoriesOf(frameworkId: string): Promise<FrameworkSubcategories | null>;
}
