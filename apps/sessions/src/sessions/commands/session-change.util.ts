import type { TransactionContext } from '@csg/messaging';
import { RegistrationRepository } from '../../registrations/infrastructure/registration.repository';
import type { Session } from '../domain/session.aggregate';
import { SessionRuleViolation } from '../domain/session.errors';
import { sessionEvents, type OutgoingEvent } from '../infrastructure/session-events.mapper';
import { SessionRepository } from '../infrastructure/session.repository';

export const sessionNotFound = () => new SessionRuleViolation('SESSION.NOT_FOUND', 'No such session.');

/** Records integration events in the transaction's outbox. */
export function emitAll(tx: TransactionContext, events: readonly OutgoingEvent[]): void {
  for (const { definition, data } of events) tx.emit(definition, data);
}

/**
 * Locks the session, checks the caller's If-Match, applies `change`, and writes the session and
 * the events its recorded facts cause, all in the caller's transaction. Nothing is written when
 * the change changes nothing.
 */
export async function changeSession(
  tx: TransactionContext,
  sessionId: string,
  expectedVersions: readonly number[] | undefined,
  change: (session: Session) => void | Promise<void>,
): Promise<Session> {
  const sessions = new SessionRepository(tx.manager);
  const session = await sessions.lockById(sessionId);
  if (!session) throw sessionNotFound();
  session.assertVersion(expectedVersions);
  const previousVersion = session.snapshot().version;
  await change(session);
  if (session.snapshot().version === previousVersion) return session;
  await sessions.update(session, previousVersion);
  const facts = session.pullFacts();
  const registrationsKept = facts.some((f) => f.type === 'rescheduled')
    ? await new RegistrationRepository(tx.manager).countKept(sessionId)
    : 0;
  emitAll(tx, sessionEvents(session.snapshot(), facts, { registrationsKept }));
  return session;
}
