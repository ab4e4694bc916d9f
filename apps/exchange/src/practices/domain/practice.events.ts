import type { PracticeState } from './practice.aggregate';
import type { PracticeRevision } from './practice-revision.entity';

/** Every practice fact carries the practice as it is after the change (marking and version included). */
abstract class PracticeFact {
  constructor(readonly practice: Readonly<PracticeState>) {}
}

/** DRAFT → SUBMITTED: waits for an organiser. */
export class PracticeSubmitted extends PracticeFact {}

/** Approved by an organiser, or a TLP:RED practice submitted: its readers read it now. */
export class PracticePublished extends PracticeFact {}

/** A published practice changed (a new revision), or an organiser let its widening take effect. */
export class PracticeRevised extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    readonly revision: PracticeRevision,
  ) {
    super(practice);
  }
}

/** An organiser sent a submission back, or refused a widening of a published practice's marking. */
export class PracticeRejected extends PracticeFact {
  constructor(
    practice: Readonly<PracticeState>,
    readonly reason: string,
    readonly scope: 'SUBMISSION' | 'MARKING_CHANGE',
  ) {
    super(practice);
  }
}

/** Its agency took it out of the exchange. */
export class PracticeWithdrawn extends PracticeFact {}

export type PracticeEvent =
  PracticeSubmitted | PracticePublished | PracticeRevised | PracticeRejected | PracticeWithdrawn;
