import {
  changedContentFields,
  normaliseContent,
  type PracticeContent,
} from './practice-content.value-object';
import { assertAudienceFits, markingChange } from './practice-marking.rule';
import { normaliseMarking, type PracticeMarking } from './practice-marking.value-object';
import type { PracticeChanges, PracticeState } from './practice.state';

/** What a revision would change: the content, the marking in effect and the one still waiting. */
export interface PlannedChange {
  content: PracticeContent;
  /** Content fields that differ from the content being worked on. */
  changed: string[];
  effective: PracticeMarking;
  pending: PracticeMarking | null;
  markingChanged: boolean;
}

/**
 * The change `changes` asks for. Content is worked on where the writers have it: a published
 * practice's pending revision if there is one (ADR 56), else the practice itself. The marking
 * follows `markingChange` (ADR 30) and must fit its audience.
 */
export function planChange(state: Readonly<PracticeState>, changes: PracticeChanges): PlannedChange {
  const working = state.pendingRevision?.content ?? state;
  const content = normaliseContent({ ...working, ...definedOf(changes) });
  const given = markingOf(changes);
  const requested = normaliseMarking({ ...(state.pendingMarking ?? state.marking), ...given });
  assertAudienceFits({ ...given, tlp: requested.tlp }, state.ownerAgencyId, requested);
  const { effective, pending } = markingChange(state.marking, requested, state.status === 'PUBLISHED');
  return {
    content,
    changed: changedContentFields(working, content),
    effective,
    pending,
    markingChanged:
      JSON.stringify(effective) !== JSON.stringify(state.marking) ||
      JSON.stringify(pending) !== JSON.stringify(state.pendingMarking),
  };
}

function definedOf(changes: PracticeChanges): Partial<PracticeContent> {
  const { title, summary, body, tags, sectors, frameworkRefs } = changes;
  return Object.fromEntries(
    Object.entries({ title, summary, body, tags, sectors, frameworkRefs }).filter(([, v]) => v !== undefined),
  );
}

function markingOf(changes: PracticeChanges): Partial<PracticeMarking> {
  const { tlp, sharedWithAgencyIds, recipientSubs } = changes;
  return Object.fromEntries(
    Object.entries({ tlp, sharedWithAgencyIds, recipientSubs }).filter(([, v]) => v !== undefined),
  );
}
