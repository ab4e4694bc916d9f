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
