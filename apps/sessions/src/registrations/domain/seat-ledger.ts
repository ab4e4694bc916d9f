/** How many seats a session has: overall, and at most per agency (null: no per-agency limit). */
export interface SeatLimits {
  capacity: number;
  seatsPerAgency: number | null;
}

/**
 * The confirmed seats of one session, counted in the database while the session is locked, and
 * the rule that decides each new participant's place: RegistrationCannotExceedCapacity, overall
 * or for the participant's agency.
 */
export class SeatLedger {
  private readonly byAgency: Map<string, number>;

  constructor(
    private readonly limits: SeatLimits,
    private confirmed: number,
    confirmedByAgency: ReadonlyMap<string, number> | Record<string, number>,
  ) {
    this.byAgency = new Map(
      confirmedByAgency instanceof Map ? confirmedByAgency : Object.entries(confirmedByAgency),
    );
  }

  get confirmedSeats(): number {
    return this.confirmed;
  }

  /** Whether one more participant of `agencyId` fits, overall and within the agency's share. */
  hasSeatFor(agencyId: string): boolean {
    if (this.confirmed >= this.limits.capacity) return false;
    const limit = this.limits.seatsPerAgency;
    return limit === null || (this.byAgency.get(agencyId) ?? 0) < limit;
  }

  /** CONFIRMED (and the seat is taken) while a seat remains for the agency, else WAITLISTED. */
  allocate(agencyId: string): 'CONFIRMED' | 'WAITLISTED' {
    if (!this.hasSeatFor(agencyId)) return 'WAITLISTED';
    this.confirmed += 1;
    this.byAgency.set(agencyId, (this.byAgency.get(agencyId) ?? 0) + 1);
    return 'CONFIRMED';
  }

  /** A confirmed participant of `agencyId` gave their seat back. */
  release(agencyId: string): void {
    this.confirmed = Math.max(0, this.confirmed - 1);
    this.byAgency.set(agencyId, Math.max(0, (this.byAgency.get(agencyId) ?? 0) - 1));
  }
}
