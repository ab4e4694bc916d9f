import type { ManagedOwners } from '../../access/caller.util';
import type { IntegrationClientRow } from './integration-client.record';

/** Integration clients as read outside a transaction. */
export abstract class IntegrationClientReader {
  /** `limit` clients of `owners`, newest first, below the (created_at, id) position `after`. */
  abstract list(
    owners: ManagedOwners,
    limit: number,
    after?: readonly [string, string],
  ): Promise<IntegrationClientRow[]>;
}
