import type { PracticeContent } from './practice-content.value-object';
import type { PracticeMarking } from './practice-marking.value-object';
import type { PendingRevision } from './pending-revision.value-object';
import type { PracticeStatus } from './practice-visibility.rule';

/** What a member of the owning agency writes to start a practice. */
export interface PracticeDraft extends PracticeContent, PracticeMarking {
  ownerAgencyId: string;
  sessionId?: string | null;
}

export type PracticeChanges = Partial<PracticeContent & PracticeMarking>;

export interface PracticeState extends PracticeContent {
  id: string;
  ownerAgencyId: string;
  authorSub: string;
  sessionId: string | null;
  marking: PracticeMarking;
  pendingMarking: PracticeMarking | null;
  status: PracticeStatus;
  rejectionReason: string | null;
  version: number;
  revisionCount: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Everyone who created, revised or submitted it: none of them reviews it (four eyes, ADR 55). */
  contributorSubs: readonly string[];
  /** The revision readers read (null until it is first published). */
  publishedRevisionNumber: number | null;
  /** An edit of the published practice waiting for its own review; readers do not see it (ADR 56). */
  pendingRevision: PendingRevision | null;
}
