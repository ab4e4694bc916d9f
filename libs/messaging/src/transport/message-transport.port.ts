/** A message as the transport carries it: CloudEvents binary mode (headers + JSON value). */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  /** Raw value; not necessarily valid JSON (a poison message may be anything). */
  value: string | null;
  headers: Record<string, string | undefined>;
}

/**
 * Called with consecutive messages of one partition, in order (a chunk of a fetched batch). It
 * resolves only after the consumer's database transaction(s) for all of them committed; the
 * transport then records the offset after the last one. A rejection means "could not make
 * progress" (for example the database is down): the transport retries the same messages with
 * backoff and reports itself not ready until it succeeds.
 */
export type MessageBatchHandler = (messages: IncomingMessage[]) => Promise<void>;

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  handleBatch: MessageBatchHandler;
  /** Most messages handed over at once (default 200). */
  maxBatchSize?: number;
}

export interface TransportHealth {
  ready: boolean;
  detail: string;
}

export interface ConsumerHandle {
  readonly groupId: string;
  health(): TransportHealth;
  stop(): Promise<void>;
}

/** The port every service talks to; only the adapters know the broker. */
export interface MessageTransport {
  readonly kind: 'kafka' | 'in-process';
  start(): Promise<void>;
  /** Creates missing topics with the configured partition count. */
  ensureTopics(topics: string[]): Promise<void>;
  /** Resolves once the broker acknowledged every message (acks=all on Kafka, commit in-process). */
  publish(messages: OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<ConsumerHandle>;
  /** Every message currently on `topic`, from the beginning (dead-letter listing). */
  readAll(topic: string): Promise<IncomingMessage[]>;
  health(): Promise<TransportHealth>;
  close(): Promise<void>;
}

export const MESSAGE_TRANSPORT = Symbol('MESSAGE_TRANSPORT');
