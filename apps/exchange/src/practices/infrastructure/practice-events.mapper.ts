import {
  PracticePublished,
  PracticeRejected,
  PracticeRevised,
  PracticeSubmitted,
  PracticeWithdrawn,
  type PracticeData,
  type PracticeMarkingData,
} from '@csg/contracts';
import type { TransactionContext } from '@csg/messaging';
import type { Practice, PracticeState } from '../domain/practice.aggregate';
import type { PracticeFact } from '../domain/practice.facts';

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

/** Writes each fact the practice recorded as its integration event, in the caller's transaction. */
export function emitPracticeFacts(tx: TransactionContext, practice: Practice): void {
  const state = practice.snapshot();
  for (const fact of practice.pullFacts()) emitFact(tx, fact, state);
}

function emitFact(tx: TransactionContext, fact: PracticeFact, state: Readonly<PracticeState>): void {
  const data = practiceData(state);
  switch (fact.kind) {
    case 'submitted':
      return tx.emit(PracticeSubmitted, data);
    case 'published':
      return tx.emit(PracticePublished, data);
    case 'withdrawn':
      return tx.emit(PracticeWithdrawn, data);
    case 'revised':
      return tx.emit(PracticeRevised, {
        ...data,
        revisionNumber: fact.revision.number,
        changedFields: fact.revision.changedFields,
        markingChangePending: state.pendingMarking !== null,
      });
    case 'rejected':
      return tx.emit(PracticeRejected, {
        ...data,
        scope: fact.scope,
        ...(mayCarryContent(state) ? { reason: fact.reason } : {}),
      });
  }
}
