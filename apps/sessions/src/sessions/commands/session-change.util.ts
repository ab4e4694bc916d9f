import type { Session } from '../domain/session.aggregate';
import type { SessionRepository } from '../domain/session-repository.port';
import { SessionRuleViolation } from '../domain/session.errors';

export const sessionNotFound = () => new SessionRuleViolation('SESSION.NOT_FOUND', 'No such session.');

/**
 * Locks the session, checks the caller's If-Match, applies `change` and writes the session (the
 * unit of work publishes what it recorded). Nothing is written when the change changes nothing.
 */
export async function changeSession(
  sessions: SessionRepository,
  sessionId: string,
  expectedVersions: readonly number[] | undefined,
  change: (session: Session) => void | Promise<void>,
): Promise<Session> {
  const session = await sessions.lockById(sessionId);
  if (!session) throw sessionNotFound();
  session.assertVersion(expectedVersions);
  const previousVersion = session.snapshot().version;
  await change(session);
  if (session.snapshot().version !== previousVersion) await sessions.update(session, previousVersion);
  return session;
}
