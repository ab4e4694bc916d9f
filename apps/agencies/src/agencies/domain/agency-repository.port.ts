import type { Agency } from './agency.aggregate';

/**
 * Where agencies are kept, in the running unit of work's transaction (the port handlers are
 * given; infrastructure/agency.repository.ts implements it over TypeORM). Every write hands the
 * agency to the unit of work, which publishes the facts it recorded.
 */
export abstract class AgencyRepository {
  /** Adds a new agency; AGENCY.ACRONYM_TAKEN when its acronym is registered already. */
  abstract insert(agency: Agency): Promise<void>;

  /**
   * The agency, locked until the transaction ends: every change to an agency or to its members
   * goes through here, so they are serialised (and so are their events, keyed by agency).
   */
  abstract lockById(id: string): Promise<Agency | null>;

  /** Writes the agency if it is still at `previousVersion`; AGENCY.VERSION_MISMATCH otherwise. */
  abstract update(agency: Agency, previousVersion: number): Promise<void>;
}
