import { PracticeRuleViolation } from './practice.errors';
import {
  narrowestOf,
  normaliseMarking,
  sameMarking,
  widens,
  type PracticeMarking,
  type TlpMarking,
} from './practice-marking.value-object';

/**
 * AudienceFitsTheMarking: agencies are named only for TLP:AMBER (never the owner itself), people
 * only for TLP:RED, and a TLP:RED practice names at least one recipient. `given` holds what the
 * caller sent; `tlp` is the marking the result will have.
 */
export function assertAudienceFits(
  given: { tlp: TlpMarking; sharedWithAgencyIds?: readonly string[]; recipientSubs?: readonly string[] },
  ownerAgencyId: string,
  resulting: PracticeMarking = normaliseMarking({
    tlp: given.tlp,
    sharedWithAgencyIds: given.sharedWithAgencyIds ?? [],
    recipientSubs: given.recipientSubs ?? [],
  }),
): void {
  if ((given.sharedWithAgencyIds ?? []).length > 0 && given.tlp !== 'TLP:AMBER') {
    throw new PracticeRuleViolation(
      'PRACTICE.AUDIENCE_MISMATCH',
      'sharedWithAgencyIds names agencies only under TLP:AMBER.',
    );
  }
  if ((given.recipientSubs ?? []).length > 0 && given.tlp !== 'TLP:RED') {
    throw new PracticeRuleViolation(
      'PRACTICE.AUDIENCE_MISMATCH',
      'recipientSubs names people only under TLP:RED.',
    );
  }
  if ((given.sharedWithAgencyIds ?? []).includes(ownerAgencyId)) {
    throw new PracticeRuleViolation(
      'PRACTICE.SHARED_WITH_OWNER',
      'The owning agency reads its own practice; share it with other agencies.',
    );
  }
  if (resulting.tlp === 'TLP:RED' && resulting.recipientSubs.length === 0) {
    throw new PracticeRuleViolation(
      'PRACTICE.RED_NEEDS_RECIPIENTS',
      'A TLP:RED practice names its recipients.',
    );
  }
}

/**
 * RaisingTakesEffectAtOnceWideningWaitsForAnOrganiser. Before publication nobody outside the
 * owning agency reads the practice, so any change takes effect (review comes with submission).
 * Once published, a change that lets nobody new read applies at once; a widening applies only
 * the part that narrows (the meet of both markings) and waits for approval for the rest.
 */
export function markingChange(
  current: PracticeMarking,
  requested: PracticeMarking,
  published: boolean,
): { effective: PracticeMarking; pending: PracticeMarking | null } {
  if (!published || !widens(current, requested)) return { effective: requested, pending: null };
  const effective = narrowestOf(current, requested);
  return { effective, pending: sameMarking(effective, requested) ? null : requested };
}
