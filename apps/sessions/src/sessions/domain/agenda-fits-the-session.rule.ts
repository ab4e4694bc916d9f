import type { AgendaItem } from './agenda-item.entity';
import { SessionRuleViolation } from './session.errors';

type Span = Pick<AgendaItem, 'startsAt' | 'endsAt'>;

/** AnAgendaItemEndsAfterItStarts and AnAgendaItemFitsWithinItsSession. */
export function assertItemFitsSession(item: Span & { title: string }, session: Span): void {
  if (item.endsAt.getTime() <= item.startsAt.getTime()) {
    throw new SessionRuleViolation('AGENDA.INVALID_TIMES', `"${item.title}" must end after it starts.`);
  }
  if (item.startsAt < session.startsAt || item.endsAt > session.endsAt) {
    throw new SessionRuleViolation(
      'AGENDA.OUTSIDE_SESSION',
      `"${item.title}" must lie within the session (${session.startsAt.toISOString()} to ${session.endsAt.toISOString()}).`,
    );
  }
}

/**
 * ItemsInTheSameTrackDoNotOverlap: `candidate` may touch a neighbour (one ends when the next
 * starts) but not overlap it. Items without a track share the main track.
 */
export function assertNoOverlapInTrack(candidate: AgendaItem, others: readonly AgendaItem[]): void {
  const clash = others.find(
    (other) =>
      other.id !== candidate.id &&
      other.track === candidate.track &&
      other.startsAt < candidate.endsAt &&
      candidate.startsAt < other.endsAt,
  );
  if (clash) {
    throw new SessionRuleViolation(
      'AGENDA.OVERLAP',
      `"${candidate.title}" overlaps "${clash.title}" in the ${candidate.track ? `"${candidate.track}"` : 'main'} track.`,
    );
  }
}
