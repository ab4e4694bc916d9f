import type { Reader } from '../../access/caller.util';
import { sessionNotFound } from '../../sessions/commands/session-change.util';
import type { Session } from '../../sessions/domain/session.aggregate';
import type { SessionRepository } from '../../sessions/domain/session-repository.port';
import { sessionIsVisibleTo } from '../../sessions/domain/session-visibility.rule';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import type { RegistrationState } from '../domain/registration.aggregate';

/** The session, locked for this transaction's seat decisions; 404 when the caller may not see it. */
export async function lockVisibleSession(
  sessions: SessionRepository,
  sessionId: string,
  reader: Reader,
): Promise<Session> {
  const session = await sessions.lockById(sessionId);
  if (!session || !sessionIsVisibleTo(reader, session.status)) throw sessionNotFound();
  return session;
}

/** Organisers, members of the registration's agency, and the participant themselves manage a place. */
export function mayManage(reader: Reader, r: Pick<RegistrationState, 'agencyId' | 'sub'>): boolean {
  return reader.operator || reader.agencyIds.includes(r.agencyId) || (r.sub !== null && r.sub === reader.sub);
}

export const registrationNotFound = () =>
  new SessionRuleViolation('REGISTRATION.NOT_FOUND', 'No such registration.');

/** Everyone may be recorded as attending only by operators; the rules read the session as an operator would. */
export const OPERATOR: Reader = { operator: true, sub: null, agencyIds: [] };
