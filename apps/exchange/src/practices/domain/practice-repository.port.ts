import type { Practice } from './practice.aggregate';

/**
 * Where practices and their revisions are kept, in the running unit of work's transaction
 * (infrastructure/practice.repository.ts implements it over TypeORM). Every write hands the
 * practice to the unit of work, which publishes the facts it recorded.
 */
export abstract class PracticeRepository {
  /** Adds a new practice with its first revision. */
  abstract insert(practice: Practice): Promise<void>;

  /** The practice, locked until the transaction ends: its changes and its discussion are serialised. */
  abstract lockById(id: string): Promise<Practice | null>;

  /** Writes the practice if it is still at `previousVersion` (PRACTICE.VERSION_MISMATCH otherwise) and appends its new revisions. */
  abstract update(practice: Practice, previousVersion: number): Promise<void>;
}
