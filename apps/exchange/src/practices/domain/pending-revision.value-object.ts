import type { PracticeContent } from './practice-content.value-object';

/** Where a pending revision of a published practice stands in its own review (ADR 56). */
export const PENDING_REVISION_STATUSES = ['DRAFT', 'SUBMITTED', 'REJECTED'] as const;
export type PendingRevisionStatus = (typeof PENDING_REVISION_STATUSES)[number];

/**
 * An edit to a PUBLISHED practice that readers do not see yet: its own small lifecycle (DRAFT →
 * SUBMITTED → published by an approval, or REJECTED back to its authors), while the practice
 * keeps showing its published revision everywhere (get, lists, search, events to other agencies).
 */
export interface PendingRevision {
  /** The revision that holds this content (the latest proposal). */
  number: number;
  status: PendingRevisionStatus;
  content: PracticeContent;
  rejectionReason: string | null;
}
