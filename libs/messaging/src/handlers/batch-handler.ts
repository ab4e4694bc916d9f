import type { CloudEvent } from '@csg/contracts';
import type { IntegrationEventHandlerFn } from '../inbox/inbox-consumer';
import type { TransactionContext } from '../outbox/unit-of-work';

/** A set-based handler: the new events of one type in a chunk, in partition order, in one call. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds handlers of every event's data type; the data was validated against its schema first
export type IntegrationEventBatchFn = (events: CloudEvent<any>[], tx: TransactionContext) => Promise<void>;

const BATCH = Symbol('csg.integration-event-batch-handler');

/**
 * Makes a set-based handler stand in a service's handler map. In a chunk the inbox calls it once
 * with every new event of its type (after the chunk's per-event handlers, inside the same
 * transaction as the inbox rows), so a projection is written with one statement per chunk
 * instead of one per event; alone (a retry, a single message) it gets a one-event list.
 */
export function batchHandler(fn: IntegrationEventBatchFn): IntegrationEventHandlerFn {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as IntegrationEventBatchFn
  return Object.assign((event: CloudEvent<any>, tx: TransactionContext) => fn([event], tx), { [BATCH]: fn });
}

/** The set-based form of a handler made by `batchHandler`, else undefined. */
export function batchFormOf(handler: IntegrationEventHandlerFn): IntegrationEventBatchFn | undefined {
  return (handler as { [BATCH]?: IntegrationEventBatchFn })[BATCH];
}
