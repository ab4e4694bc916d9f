import type { TransactionContext } from '@csg/messaging';
import type { Session } from '../../sessions/domain/session.aggregate';
import { emitAll } from '../../sessions/commands/session-change.util';
import { promoteFromWaitlist } from '../domain/waitlist-promotion.rule';
import { registrationEvents } from '../infrastructure/registration-events.mapper';
import { RegistrationRepository } from '../infrastructure/registration.repository';

/**
 * Gives free seats to the waitlist, oldest first, within each agency's share: after a confirmed
 * place is cancelled and after capacity grows. Runs in the transaction that holds the session's
 * lock, so the counts it starts from are the session's real ones.
 */
export async function promoteWaitlisted(tx: TransactionContext, session: Session): Promise<void> {
  if (session.status !== 'SCHEDULED') return;
  const state = session.snapshot();
  const registrations = new RegistrationRepository(tx.manager);
  const ledger = await registrations.seatLedger(state.id, state);
  const promoted = promoteFromWaitlist(await registrations.waitlist(state.id), ledger);
  if (promoted.length === 0) return;
  for (const registration of promoted) registration.promote();
  await registrations.save(promoted);
  for (const registration of promoted) {
    emitAll(tx, registrationEvents(registration.snapshot(), registration.pullFacts(), state));
  }
}
