import { SetMetadata } from '@nestjs/common';

export const ON_INTEGRATION_EVENT = 'csg:on-integration-event';

/**
 * Marks a provider method as the handler of one or more integration event types for the
 * consumer group of the service whose module hosts the provider. The method receives
 * `(event: CloudEvent<Data>, tx: TransactionContext)`; its writes go through `tx.manager` and
 * commit together with the inbox row, so a redelivered event never repeats them.
 */
export const OnIntegrationEvent = (...types: string[]): MethodDecorator =>
  SetMetadata(ON_INTEGRATION_EVENT, types);

export const ON_INTEGRATION_EVENTS_BATCH = 'csg:on-integration-events-batch';

/**
 * Like `@OnIntegrationEvent`, for a set-based handler: the method receives
 * `(events: CloudEvent<Data>[], tx: TransactionContext)`, all new events of its types in one
 * inbox chunk, and writes its projection with one statement (see `batchHandler`). It must not
 * depend on per-event handlers of the same chunk having run before it.
 */
export const OnIntegrationEvents =
  (...types: string[]): MethodDecorator =>
  (target, key, descriptor) => {
    SetMetadata(ON_INTEGRATION_EVENT, types)(target, key, descriptor);
    SetMetadata(ON_INTEGRATION_EVENTS_BATCH, true)(target, key, descriptor);
  };
