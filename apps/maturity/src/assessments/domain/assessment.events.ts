import type { Answer } from './answer-sheet.rule';
import type { AssessmentState } from './assessment.aggregate';

/** The agency's admin submitted the assessment with this many subcategories answered (as it is after the change). */
export class AssessmentSubmitted {
  constructor(
    readonly assessment: Readonly<AssessmentState>,
    readonly answered: number,
    readonly by: string,
  ) {}
}

/** An operator reviewed the submitted assessment, which has this many subcategories answered. */
export class AssessmentReviewed {
  constructor(
    readonly assessment: Readonly<AssessmentState>,
    readonly answered: number,
    readonly by: string,
  ) {}
}

/** Recording answers brought one subcategory to its target for the first time (TargetReachedOnlyOnTheCrossing). */
export class ProfileTargetReached {
  constructor(
    readonly assessment: Readonly<AssessmentState>,
    readonly answer: Readonly<Answer>,
  ) {}
}

export type AssessmentEvent = AssessmentSubmitted | AssessmentReviewed | ProfileTargetReached;
