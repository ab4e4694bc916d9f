import type { PracticeState } from './practice.state';
import type { PracticeRevision } from './practice-revision.entity';

/** Every practice fact carries the practice as it is after the change (marking and version included). */
abstract class PracticeFact {
  constructor(readonly practice: Readonly<PracticeState>) {}
}

/** DRAFT → SUBMITTED, or a published practice's pending revision submitted: waits for an organiser. */
export class PracticeSubmitted extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    /** The pending revision submitted (ADR 56); null for a draft. */
    readonly pendingRevisionNumber: number | null,
  ) {
    super(practice);
  }
}

/**
 * Approved by an organiser, or a TLP:RED practice submitted: its readers read it now. Also a
 * pending revision that became the published one (ADR 56), with the content readers read now.
 */
export class PracticePublished extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    /** The published revision this one replaces; null on first publication. */
    readonly replacesRevisionNumber: number | null,
  ) {
    super(practice);
  }
}

/**
 * A published practice changed (a new revision), or an organiser let its widening take effect.
 * A `revision.proposal` is a change of content readers do not see yet: the practice's pending
 * revision (ADR 56); the fact's practice still carries the published content.
 */
export class PracticeRevised extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    readonly revision: PracticeRevision,
  ) {
    super(practice);
  }
}

/**
 * An organiser sent a submission back (a draft's, or a published practice's pending revision), or
 * refused a widening of a published practice's marking.
 */
export class PracticeRejected extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    readonly reason: string,
    readonly scope: 'SUBMISSION' | 'MARKING_CHANGE',
    /** The pending revision sent back (ADR 56); null otherwise. */
    readonly pendingRevisionNumber: number | null,
  ) {
    super(practice);
  }
}

/** Its agency took it out of the exchange. */
export class PracticeWithdrawn extends PracticeFact {}

export type PracticeEvent =
  PracticeSubmitted | PracticePublished | PracticeRevised | PracticeRejected | PracticeWithdrawn;
