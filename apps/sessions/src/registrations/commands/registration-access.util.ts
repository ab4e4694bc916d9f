import type { EntityManager } from 'typeorm';
import type { Reader } from '../../access/caller.util';
import { sessionNotFound } from '../../sessions/commands/session-change.util';
import type { Session } from '../../sessions/domain/session.aggregate';
import { sessionIsVisibleTo } from '../../sessions/domain/session-visibility.rule';
import { SessionRepository } from '../../sessions/infrastructure/session.repository';
import type { RegistrationState } from '../domain/registration.aggregate';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';

/** The session, locked for this transaction's seat decisions; 404 when the caller may not see it. */
export async function lockVisibleSession(
  manager: EntityManager,
  sessionId: string,
  reader: Reader,
): Promise<Session> {
  const session = await new SessionRepository(manager).lockById(sessionId);
  if (
    !session ||
    !sessionIsVisibleTo({ operator: reader.operator, agencyIds: reader.agencyIds }, session.status)
  ) {
    throw sessionNotFound();
  }
  return session;
}

/** Organisers, members of the registration's agency, and the participant themselves manage a place. */
export function mayManage(reader: Reader, r: Readonly<RegistrationState>): boolean {
  return reader.operator || reader.agencyIds.includes(r.agencyId) || (r.sub !== null && r.sub === reader.sub);
}

export const registrationNotFound = () =>
  new SessionRuleViolation('REGISTRATION.NOT_FOUND', 'No such registration.');
