import { applyVersionedChange } from '@csg/domain';
import type { Session } from '../domain/session.aggregate';
import type { SessionRepository } from '../domain/session-repository.port';
import { SessionRuleViolation } from '../domain/session.errors';

export const sessionNotFound = () => new SessionRuleViolation('SESSION.NOT_FOUND', 'No such session.');

/**
 * A change to a session in the running unit of work: the versioned change (libs/domain) with the
 * session's not-found. Nothing is written when the change changes nothing.
 */
export function changeSession(
  sessions: SessionRepository,
  sessionId: string,
  expectedVersions: readonly number[] | undefined,
  change: (session: Session) => unknown,
): Promise<Session> {
  return applyVersionedChange(sessions, {
    id: sessionId,
    expectedVersions,
    notFound: sessionNotFound,
    apply: change,
  });
}
