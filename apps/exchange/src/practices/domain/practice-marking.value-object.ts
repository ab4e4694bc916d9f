import { TLP_MARKINGS, type TlpMarking } from '@csg/auth/tlp';

export type { TlpMarking };

/** A practice's FIRST TLP 2.0 marking with its audience: AMBER's agencies, RED's recipients. */
export interface PracticeMarking {
  tlp: TlpMarking;
  /** TLP:AMBER only: agencies besides the owner whose members read it. */
  sharedWithAgencyIds: readonly string[];
  /** TLP:RED only: the people (`sub`) it is for. */
  recipientSubs: readonly string[];
}

const RANK: Readonly<Record<TlpMarking, number>> = Object.fromEntries(
  TLP_MARKINGS.map((marking, index) => [marking, index]),
) as Record<TlpMarking, number>;

const unique = (values: readonly string[]) => [...new Set(values)].sort();
const subset = (a: readonly string[], b: readonly string[]) => a.every((value) => b.includes(value));

/** Keeps the audience that fits the marking (agencies for AMBER, people for RED), sorted and unique. */
export function normaliseMarking(marking: PracticeMarking): PracticeMarking {
  return {
    tlp: marking.tlp,
    sharedWithAgencyIds: marking.tlp === 'TLP:AMBER' ? unique(marking.sharedWithAgencyIds) : [],
    recipientSubs: marking.tlp === 'TLP:RED' ? unique(marking.recipientSubs) : [],
  };
}

export function sameMarking(a: PracticeMarking, b: PracticeMarking): boolean {
  return (
    a.tlp === b.tlp &&
    a.sharedWithAgencyIds.join() === b.sharedWithAgencyIds.join() &&
    a.recipientSubs.join() === b.recipientSubs.join()
  );
}

/**
 * The widest marking whose readers all read under both `a` and `b` (the "meet"): a more
 * restrictive level wins; at the same AMBER or RED level only the audience both name remains.
 */
export function narrowestOf(a: PracticeMarking, b: PracticeMarking): PracticeMarking {
  if (RANK[a.tlp] !== RANK[b.tlp]) return RANK[a.tlp] > RANK[b.tlp] ? a : b;
  return {
    tlp: a.tlp,
    sharedWithAgencyIds: a.sharedWithAgencyIds.filter((id) => b.sharedWithAgencyIds.includes(id)),
    recipientSubs: a.recipientSubs.filter((sub) => b.recipientSubs.includes(sub)),
  };
}

/**
 * MarkingChangeWidensTheAudience: the next marking lets someone read who could not read under
 * the current one (a less restrictive level, or more agencies or recipients at the same level).
 */
export function widens(current: PracticeMarking, next: PracticeMarking): boolean {
  if (RANK[next.tlp] !== RANK[current.tlp]) return RANK[next.tlp] < RANK[current.tlp];
  return (
    !subset(next.sharedWithAgencyIds, current.sharedWithAgencyIds) ||
    !subset(next.recipientSubs, current.recipientSubs)
  );
}
