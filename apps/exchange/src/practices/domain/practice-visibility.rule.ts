import { isPerson, operatesPlatform, type Principal } from '@csg/auth/principal';
import {
  readsAsOwner,
  reviewsIt as reviewsSubmissionOrWidening,
  type PracticeAccessFacts,
} from '@csg/auth/rules/practice-read.rule';
import type { PendingRevisionStatus } from './pending-revision.value-object';

/**
 * PracticeIsReadableBy lives in libs/auth/src/rules, where the exits (event feed, webhooks, curated
 * topics, e-mail) evaluate it too: one rule for the API and for everything that leaves the platform.
 * What only the exchange's review needs (pending revisions, ADR 56) is below.
 */
export {
  practiceIsReadableBy,
  readsAsOwner,
  type PracticeAccessFacts,
  type PracticeStatus,
} from '@csg/auth/rules/practice-read.rule';

/** The read rule's facts and a published practice's pending revision (ADR 56). */
export interface PracticeReviewFacts extends PracticeAccessFacts {
  /** An edit of a published practice that readers do not see yet. */
  pendingRevision: { status: PendingRevisionStatus } | null;
}

/**
 * An organiser or platform-admin with something of this practice to review: a submission or a
 * widening of its marking (the read rule's `reviewsIt`, ADR 30), or a submitted pending revision.
 */
export function reviewsIt(reader: Principal, practice: PracticeReviewFacts): boolean {
  return (
    reviewsSubmissionOrWidening(reader, practice) ||
    (operatesPlatform(reader) && revisionAwaitsReview(practice))
  );
}

/** A widening of a published practice's marking that an operator may review (ADR 30). */
export function markingChangeAwaitsReview(practice: PracticeAccessFacts): boolean {
  return (
    practice.status === 'PUBLISHED' &&
    practice.pendingMarking !== null &&
    practice.pendingMarking.tlp !== 'TLP:RED'
  );
}

/** A pending revision of a published practice submitted for review (never under TLP:RED: ADR 56). */
export function revisionAwaitsReview(practice: PracticeReviewFacts): boolean {
  return (
    practice.status === 'PUBLISHED' &&
    practice.pendingRevision?.status === 'SUBMITTED' &&
    practice.marking.tlp !== 'TLP:RED'
  );
}

/**
 * SeesThePendingWork: who reads a published practice's pending revision (and the proposals that
 * led to it) through the API: the owning agency's people (TLP:RED: its author and admins) and,
 * while it is submitted, the operators who review it. Everyone else reads the published revision
 * only (ADR 56); its events carry the published content, so the exits need no such rule.
 */
export function seesPendingWork(reader: Principal, practice: PracticeReviewFacts): boolean {
  if (isPerson(reader) && readsAsOwner(reader, practice)) return true;
  return operatesPlatform(reader) && revisionAwaitsReview(practice);
}
