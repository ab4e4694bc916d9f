import type { Session } from '../../sessions/domain/session.aggregate';
import type { RegistrationRepository } from '../domain/registration-repository.port';
import { promoteFromWaitlist } from '../domain/waitlist-promotion.rule';

/**
 * Gives free seats to the waitlist, oldest first, within each agency's share: after a confirmed
 * place is cancelled and after capacity grows. Runs in the transaction that holds the session's
 * lock, so the counts it starts from are the session's real ones (ADR 33).
 */
export async function promoteWaitlisted(
  registrations: RegistrationRepository,
  session: Session,
  now: Date,
): Promise<void> {
  if (session.status !== 'SCHEDULED') return;
  const state = session.snapshot();
  const ledger = await registrations.seatLedger(state.id, state);
  const promoted = promoteFromWaitlist(await registrations.waitlist(state.id), ledger);
  for (const registration of promoted) registration.promote(state, now);
  if (promoted.length > 0) await registrations.save(promoted);
}
