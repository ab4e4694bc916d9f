import { SeatLedger } from './seat-ledger';
import { promoteFromWaitlist } from './waitlist-promotion.rule';

describe('seat accounting', () => {
  it('allocate_WhileSeatsRemain_ConfirmsThenWaitlists', () => {
    const ledger = new SeatLedger({ capacity: 2, seatsPerAgency: null }, 0, {});
    expect(['a', 'b', 'c'].map((agency) => ledger.allocate(agency))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'WAITLISTED',
    ]);
    expect(ledger.confirmedSeats).toBe(2);
  });

  it('allocate_BeyondTheAgencysShare_WaitlistsEvenWithSeatsLeft', () => {
    const ledger = new SeatLedger({ capacity: 10, seatsPerAgency: 2 }, 3, { a: 2, b: 1 });
    expect(ledger.allocate('a')).toBe('WAITLISTED');
    expect(ledger.allocate('b')).toBe('CONFIRMED');
    expect(ledger.allocate('b')).toBe('WAITLISTED');
  });

  it('allocate_StartingFromCountedSeats_RespectsWhatIsAlreadyTaken', () => {
    const ledger = new SeatLedger({ capacity: 50, seatsPerAgency: null }, 50, new Map([['a', 50]]));
    expect(ledger.allocate('z')).toBe('WAITLISTED');
  });

  it('release_ThenAllocate_GivesTheSeatAgain', () => {
    const ledger = new SeatLedger({ capacity: 1, seatsPerAgency: 1 }, 1, { a: 1 });
    ledger.release('a');
    expect(ledger.allocate('a')).toBe('CONFIRMED');
  });
});

describe('waitlist promotion', () => {
  const waitlist = [
    { id: 'oldest-a', agencyId: 'a' },
    { id: 'second-b', agencyId: 'b' },
    { id: 'third-b', agencyId: 'b' },
  ];

  it('promote_AfterOneSeatIsFreed_PromotesExactlyTheOldest', () => {
    const ledger = new SeatLedger({ capacity: 3, seatsPerAgency: null }, 2, { c: 2 });
    expect(promoteFromWaitlist(waitlist, ledger).map((e) => e.id)).toEqual(['oldest-a']);
  });

  it('promote_WhenTheOldestsAgencyUsedItsShare_SkipsToTheOldestWhoFits', () => {
    const ledger = new SeatLedger({ capacity: 5, seatsPerAgency: 2 }, 4, { a: 2, c: 2 });
    expect(promoteFromWaitlist(waitlist, ledger).map((e) => e.id)).toEqual(['second-b']);
  });

  it('promote_AfterACapacityRise_PromotesInOrderUntilSeatsRunOut', () => {
    const ledger = new SeatLedger({ capacity: 4, seatsPerAgency: null }, 2, { c: 2 });
    expect(promoteFromWaitlist(waitlist, ledger).map((e) => e.id)).toEqual(['oldest-a', 'second-b']);
  });

  it('promote_WithNoSeatFree_PromotesNobody', () => {
    const ledger = new SeatLedger({ capacity: 2, seatsPerAgency: null }, 2, { c: 2 });
    expect(promoteFromWaitlist(waitlist, ledger)).toEqual([]);
  });
});
