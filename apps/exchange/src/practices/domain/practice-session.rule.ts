import type { KnownSessionStatus } from '../../session-directory/domain/session-directory.port';
import { PracticeRuleViolation } from './practice.errors';

/**
 * APracticeLinksOnlyToAKnownSession (ADR 50): the session it was presented at must be one the
 * exchange has heard of (scheduled or completed). Unknown, it may simply not be projected yet
 * (a retry may succeed); cancelled, it never took place.
 */
export function assertLinkableSession(sessionId: string, status: KnownSessionStatus | null): void {
  if (status === null || status === 'DRAFT') {
    throw new PracticeRuleViolation(
      'PRACTICE.UNKNOWN_SESSION',
      `Session ${sessionId} is not known to the exchange yet: only scheduled or completed sessions are; ` +
        'if it was scheduled a moment ago, retry shortly.',
    );
  }
  if (status === 'CANCELLED') {
    throw new PracticeRuleViolation(
      'PRACTICE.SESSION_CANCELLED',
      `Session ${sessionId} was cancelled: a practice cannot have been presented at it.`,
    );
  }
}
