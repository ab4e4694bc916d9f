import type { PracticeState } from '../../practices/domain/practice.aggregate';
import type { CommentState } from './comment.aggregate';
import type { EndorsementState } from './endorsement.aggregate';

/** Someone who may read the practice commented on it (the practice as it was, for its marking). */
export class CommentPosted {
  constructor(
    readonly comment: Readonly<CommentState>,
    readonly practice: Readonly<PracticeState>,
  ) {}
}

/** An agency said it adopted the practice; `endorsementCount` counts this one. */
export class PracticeEndorsed {
  constructor(
    readonly endorsement: Readonly<EndorsementState>,
    readonly practice: Readonly<PracticeState>,
    readonly endorsementCount: number,
  ) {}
}
