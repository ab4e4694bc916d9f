export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of the topics this process creates. */
  partitions: number;
  replicationFactor: number;
  sessionTimeoutMs: number;
  /** A consumer that has neither heartbeated nor fetched for this long is stalled: not ready, restarted. */
  stallTimeoutMs: number;
  /** Partitions a consumer handles at once (default 3). */
  partitionsConsumedConcurrently?: number;
}

export function kafkaOptionsFromEnv(
  clientId: string,
  env: NodeJS.ProcessEnv = process.env,
): KafkaTransportOptions {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set (comma-separated host:port list)');
  return {
    brokers,
    clientId,
    partitions: Number(env.KAFKA_PARTITIONS ?? 6),
    replicationFactor: Number(env.KAFKA_REPLICATION_FACTOR ?? 1),
    sessionTimeoutMs: Number(env.KAFKA_SESSION_TIMEOUT_MS ?? 30_000),
    stallTimeoutMs: Number(env.KAFKA_STALL_TIMEOUT_MS ?? 60_000),
    partitionsConsumedConcurrently: Number(env.KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY ?? 3),
  };
}
