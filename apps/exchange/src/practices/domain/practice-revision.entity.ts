import type { PracticeContent } from './practice-content.value-object';
import type { PracticeMarking } from './practice-marking.value-object';

export const REVISION_KINDS = ['CREATED', 'REVISED', 'MARKING_APPROVED', 'REVISION_PUBLISHED'] as const;

/**
 * CREATED and REVISED: a writer's change; MARKING_APPROVED: an operator let a widening take
 * effect; REVISION_PUBLISHED: a pending revision became the published one (approved by an
 * operator, or submitted under TLP:RED).
 */
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * One immutable revision: who changed what, when, and the practice as it read afterwards (with
 * the marking in effect, and the widening still waiting for approval if there is one). A
 * `proposal` is an edit of a published practice that readers do not see: its content is the
 * pending revision's (ADR 56); only the owning agency and, while it is submitted, reviewers read it.
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
  proposal: boolean;
}
