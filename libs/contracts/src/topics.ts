/** One topic per service; consumers learn about another service only from these. */
export const SERVICE_TOPICS = {
  agencies: 'csg.agencies',
  sessions: 'csg.sessions',
  exchange: 'csg.exchange',
  notifications: 'csg.notifications',
} as const;

export type ServiceName = keyof typeof SERVICE_TOPICS;
export const SERVICE_NAMES = Object.keys(SERVICE_TOPICS) as ServiceName[];

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
