import type { SeatLedger } from './seat-ledger';

export interface WaitlistedEntry {
  id: string;
  agencyId: string;
}

/**
 * TheOldestWaitlistedParticipantWhoFitsIsPromoted: walks the waitlist oldest first and promotes
 * everyone a seat remains for (usually one, after one cancellation; more after a capacity rise).
 * A participant whose agency has used its share is skipped, not blocked on: the next one may fit.
 * Returns the promoted entries in order; the ledger's seats are taken.
 */
export function promoteFromWaitlist<T extends WaitlistedEntry>(
  waitlistOldestFirst: readonly T[],
  ledger: SeatLedger,
): T[] {
  const promoted: T[] = [];
  for (const entry of waitlistOldestFirst) {
    if (ledger.allocate(entry.agencyId) === 'CONFIRMED') promoted.push(entry);
  }
  return promoted;
}
