import type { PracticeContent } from './practice-content.value-object';
import type { PracticeMarking } from './practice-marking.value-object';

export type RevisionKind = 'CREATED' | 'REVISED' | 'MARKING_APPROVED';

/**
 * One immutable revision: who changed what, when, and the practice as it read afterwards (with
 * the marking in effect, and the widening still waiting for approval if there is one).
 */
export interface PracticeRevision {
  number: number;
  kind: RevisionKind;
  authorSub: string;
  createdAt: Date;
  changedFields: string[];
  content: PracticeContent;
  marking: PracticeMarking;
  pendingMarking: PracticeMarking | null;
}
