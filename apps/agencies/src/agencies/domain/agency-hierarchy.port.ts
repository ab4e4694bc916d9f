import type { AgencyStatus, AgencyTier } from './agency.aggregate';
import type { ParentFacts } from './agency-hierarchy.rule';

/** A would-be parent: what the hierarchy and visibility rules need to know about it. */
export interface ParentCandidate extends ParentFacts {
  status: AgencyStatus;
  applicantSub: string | null;
}

/** What the hierarchy rules read, in the running unit of work's transaction. */
export abstract class AgencyHierarchy {
  /**
   * Serialises every change that moves agencies in the hierarchy (a new parent, a new tier)
   * until the transaction ends, so two concurrent moves cannot close a cycle together.
   */
  abstract lock(): Promise<void>;

  /** The would-be parent with its ancestors (nearest first), or null when there is no such agency. */
  abstract parent(id: string): Promise<ParentCandidate | null>;

  /** The tiers of the agency's direct children. */
  abstract childTiers(id: string): Promise<AgencyTier[]>;
}
