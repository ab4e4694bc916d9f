import { activeMembershipOf, isAgencyAdmin, isPerson, operatesPlatform, type Principal } from '../principal';
import { canRead } from '../tlp.policy';
import { tlpRank, type TlpMarking } from '../tlp';

export type PracticeStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED' | 'WITHDRAWN';

/** A practice's marking and its audience: AMBER's agencies, RED's recipients. */
export interface PracticeMarkingFacts {
  tlp: TlpMarking;
  sharedWithAgencyIds: readonly string[];
  recipientSubs: readonly string[];
}

/** What the read rule needs to know about a practice. */
export interface PracticeAccessFacts {
  ownerAgencyId: string;
  authorSub: string;
  status: PracticeStatus;
  marking: PracticeMarkingFacts;
  /** A widening of a published practice's marking waiting for an organiser. */
  pendingMarking: PracticeMarkingFacts | null;
}

/**
 * PracticeIsReadableBy: the one rule for the exchange's API (apps/exchange, and its SQL twin
 * practice-access.sql.ts) and for every exit (libs/auth/src/egress). What it denies does not
 * exist for the reader: 404, absent from lists, counts, facets, search and every exit.
 *
 * - A PUBLISHED practice follows its TLP marking (`canRead`).
 * - Its owner agency's active members read it in every status; under TLP:RED only its author
 *   and the agency's admins do. An integration the owner agency holds reads what its members
 *   read, within the integration's clearance, never TLP:RED.
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

/** A member of the owning agency (RED: the author or an agency-admin of the owner), or its integration. */
export function readsAsOwner(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (reader.kind === 'integration') {
    return (
      reader.ownerAgencyId === practice.ownerAgencyId &&
      practice.marking.tlp !== 'TLP:RED' &&
      tlpRank(practice.marking.tlp) <= tlpRank(reader.tlpClearance)
    );
  }
  if (!isPerson(reader) || !activeMembershipOf(reader, practice.ownerAgencyId)) return false;
  if (practice.marking.tlp !== 'TLP:RED') return true;
  return reader.sub === practice.authorSub || isAgencyAdmin(reader, practice.ownerAgencyId);
}

/** An organiser or platform-admin with something of this practice to review. */
export function reviewsIt(reader: Principal, practice: PracticeAccessFacts): boolean {
  if (!operatesPlatform(reader)) return false;
  if (practice.status === 'SUBMITTED') return practice.marking.tlp !== 'TLP:RED';
  return (
    practice.status === 'PUBLISHED' &&
    practice.pendingMarking !== null &&
    practice.pendingMarking.tlp !== 'TLP:RED'
  );
}

function resourceOf(practice: PracticeAccessFacts) {
  return {
    ownerAgencyId: practice.ownerAgencyId,
    sharedWithAgencyIds: practice.marking.sharedWithAgencyIds,
    recipientSubs: practice.marking.recipientSubs,
  };
}
