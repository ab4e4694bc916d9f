import type { PracticeData, PracticeMarkingData } from '@csg/contracts';
import type { PracticeState } from '../domain/practice.aggregate';

/** The marking and audience every exchange event carries (identifiers only). */
export function practiceMarkingData(state: Readonly<PracticeState>): PracticeMarkingData {
  return {
    practiceId: state.id,
    ownerAgencyId: state.ownerAgencyId,
    tlp: state.marking.tlp,
    sharedWithAgencyIds: [...state.marking.sharedWithAgencyIds],
    recipientSubs: [...state.marking.recipientSubs],
  };
}

/** True when events about the practice may carry its content (TLP:RED events carry ids only). */
export function mayCarryContent(state: Readonly<PracticeState>): boolean {
  return state.marking.tlp !== 'TLP:RED';
}

/** A practice event's data: marking, identifiers, and its words only below TLP:RED (ADR 32). */
export function practiceData(state: Readonly<PracticeState>): PracticeData {
  return {
    ...practiceMarkingData(state),
    authorSub: state.authorSub,
    status: state.status,
    version: state.version,
    frameworkRefs: [...state.frameworkRefs],
    sessionId: state.sessionId,
    ...(mayCarryContent(state)
      ? { title: state.title, summary: state.summary, tags: [...state.tags], sectors: [...state.sectors] }
      : {}),
    occurredAt: state.updatedAt.toISOString(),
  };
}

/**
 * What tells an event about a published practice's pending revision from one about what its
 * readers read (ADR 56): nothing when `pendingRevisionNumber` is null. For a revised event the
 * revision number is already there; submitted and rejected events name it.
 */
export function pendingRevisionData(
  state: Readonly<PracticeState>,
  pendingRevisionNumber: number | null,
): { pendingRevision?: true; publishedRevisionNumber?: number; revisionNumber?: number } {
  if (pendingRevisionNumber === null) return {};
  return {
    pendingRevision: true,
    ...(state.publishedRevisionNumber !== null
      ? { publishedRevisionNumber: state.publishedRevisionNumber }
      : {}),
    revisionNumber: pendingRevisionNumber,
  };
}
