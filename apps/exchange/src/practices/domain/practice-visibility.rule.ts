import { activeMembershipOf, isAgencyAdmin, operatesPlatform, type Principal } from '@csg/auth/principal';
import { canRead } from '@csg/auth/tlp.policy';
import type { PracticeMarking } from './practice-marking.value-object';
import type { PendingRevisionStatus } from './pending-revision.value-object';

export type PracticeStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED' | 'WITHDRAWN';

/** What the read rule needs to know about a practice. */
export interface PracticeAccessFacts {
  ownerAgencyId: string;
  authorSub: string;
  status: PracticeStatus;
  marking: PracticeMarking;
  /** A widening of a published practice's marking waiting for an organiser. */
  pendingMarking: PracticeMarking | null;
  /** An edit of a published practice that readers do not see yet (ADR 56). */
  pendingRevision: { status: PendingRevisionStatus } | null;
}

/**
 * PracticeIsReadableBy (practice-access.sql.ts is the same rule in SQL). What it denies does not
 * exist for the caller: 404, absent from lists, counts, facets and search.
 *
 * - A PUBLISHED practice follows its TLP marking (libs/auth `canRead`).
 * - Its owner agency's active members read it in every status; under TLP:RED only its author
 *   and the agency's admins do.
 * - Organisers and platform-admins read what they review and moderate: SUBMITTED and PUBLISHED
 *   practices except TLP:RED, and a TLP:RED one whose owner asked to widen it to another marking.
 */
export function practiceIsReadableBy(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (readsAsOwner(reader, practice)) return true;
  if (practice.status === 'PUBLISHED' && canRead(reader, practice.marking.tlp, resourceOf(practice))) {
    return true;
  }
  return moderatesIt(reader, practice);
}

/** An organiser or platform-admin reviewing or moderating the exchange (ADR 30). */
export function moderatesIt(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (!operatesPlatform(reader)) return false;
  if (practice.status !== 'SUBMITTED' && practice.status !== 'PUBLISHED') return false;
  return practice.marking.tlp !== 'TLP:RED' || reviewsIt(reader, practice);
}

/** A member of the owning agency (RED: the author or an agency-admin of the owner). */
export function readsAsOwner(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (reader.kind !== 'person' || !activeMembershipOf(reader, practice.ownerAgencyId)) return false;
  if (practice.marking.tlp !== 'TLP:RED') return true;
  return reader.sub === practice.authorSub || isAgencyAdmin(reader, practice.ownerAgencyId);
}

/** An organiser or platform-admin with something of this practice to review. */
export function reviewsIt(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (!operatesPlatform(reader)) return false;
  if (practice.status === 'SUBMITTED') return practice.marking.tlp !== 'TLP:RED';
  return markingChangeAwaitsReview(practice) || revisionAwaitsReview(practice);
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
export function revisionAwaitsReview(practice: PracticeAccessFacts): boolean {
  return (
    practice.status === 'PUBLISHED' &&
    practice.pendingRevision?.status === 'SUBMITTED' &&
    practice.marking.tlp !== 'TLP:RED'
  );
}

/**
 * SeesThePendingWork: who reads a published practice's pending revision (and the proposals that
 * led to it): the owning agency (TLP:RED: its author and admins) and, while it is submitted, the
 * operators who review it. Everyone else reads the published revision only (ADR 56).
 */
export function seesPendingWork(reader: Principal, practice: PracticeAccessFacts): boolean {
  return readsAsOwner(reader, practice) || (operatesPlatform(reader) && revisionAwaitsReview(practice));
}

function resourceOf(practice: PracticeAccessFacts) {
  return {
    ownerAgencyId: practice.ownerAgencyId,
    sharedWithAgencyIds: practice.marking.sharedWithAgencyIds,
    recipientSubs: practice.marking.recipientSubs,
  };
}
