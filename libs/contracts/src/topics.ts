/**
 * Topic names. A service's own topic is `csg.<service>`: derived from its name, so adding a
 * service adds no entry here (the list of services is the registry of service declarations,
 * `apps/embedded/src/services.ts`).
 */
export function serviceTopic(service: string): string {
  return `csg.${service}`;
}

/** A service's consumer group: one per service, whatever the number of replicas. */
export function serviceConsumerGroup(service: string): string {
  return `csg.${service}`;
}

/** A service's name (`agencies`, `maturity`, …): any declared service, not a fixed list. */
export type ServiceName = string;

/** Curated topics that integrations may read, filled by the notifications service. */
export const INTEGRATION_TOPICS = {
  clear: 'csg.integration.clear',
  green: 'csg.integration.green',
} as const;

/** A consumer group's dead letters: poison messages it gave up on, with the reason. */
export function deadLetterTopic(consumerGroup: string): string {
  return `csg.dlq.${consumerGroup}`;
}

/** Replayed dead letters go back to the one consumer group that failed them, not to every group. */
export function replayTopic(consumerGroup: string): string {
  return `csg.replay.${consumerGroup}`;
}
