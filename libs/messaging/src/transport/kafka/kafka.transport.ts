import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Producer, type SASLOptions } from 'kafkajs';
import type {
  ConsumerHandle,
  IncomingMessage,
  MessageTransport,
  OutgoingMessage,
  SubscribeOptions,
  TransportHealth,
} from '../message-transport.port';
import { KafkaConsumerRunner } from './kafka-consumer.runner';
import { toIncomingMessage } from './kafka-message.mapper';
import type { KafkaSaslOptions, KafkaTransportOptions } from './kafka-options';

/** The Kafka adapter: the only code in the project that imports kafkajs. */
export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private admin?: Promise<Admin>;
  private readonly consumers = new Set<KafkaConsumerRunner>();
  private lastProbe = { at: 0, health: { ready: false, detail: 'not started' } as TransportHealth };

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 5_000 },
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      ...(options.ssl ? { ssl: { ...options.ssl } } : {}),
      ...(options.sasl ? { sasl: saslFor(options.sasl) } : {}),
    });
  }

  async start(): Promise<void> {
    await this.getProducer();
  }

  async ensureTopics(topics: string[]): Promise<void> {
    const admin = await this.getAdmin();
    const wanted = [...new Set(topics)];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: this.options.partitions,
            replicationFactor: this.options.replicationFactor,
          })),
        });
      } catch (error) {
        // Another process created some in between, or the new topics are not visible yet: both
        // settle below, where every topic must show up with leaders within 30 s.
        const e = error as { retriable?: boolean; type?: string };
        if (!e.retriable && e.type !== 'TOPIC_ALREADY_EXISTS') throw error;
      }
    }
    await this.waitForLeaders(admin, wanted);
  }

  /** A topic another process just created may not have partition leaders yet. */
  private async waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
        const leaderless = metadata.filter(
          (t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0),
        );
        if (leaderless.length === 0) return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`topics without leaders after 30 s: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    const producer = await this.getProducer();
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      });
    } catch (error) {
      // An idempotent producer whose sequence may be out of step is replaced, not reused.
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw Object.assign(error as Error, { retriable: true });
    }
  }

  async subscribe(options: SubscribeOptions): Promise<ConsumerHandle> {
    const runner = new KafkaConsumerRunner(this.kafka, options, this.options, () =>
      this.consumers.delete(runner),
    );
    this.consumers.add(runner);
    await runner.start();
    return runner;
  }

  async readAll(topic: string): Promise<IncomingMessage[]> {
    const admin = await this.getAdmin();
    if (!(await admin.listTopics()).includes(topic)) return [];
    const ends = await admin.fetchTopicOffsets(topic);
    const pending = new Map(
      ends.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]),
    );
    const found: IncomingMessage[] = [];
    if (pending.size === 0) return found;
    const groupId = `csg.reader.${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), 60_000);
        void consumer.run({
          eachMessage: async ({ partition, message }) => {
            found.push(toIncomingMessage(topic, partition, message));
            if (BigInt(message.offset) + 1n >= (pending.get(partition) ?? 0n)) pending.delete(partition);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return found.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  async health(): Promise<TransportHealth> {
    if (Date.now() - this.lastProbe.at < 2_000) return this.lastProbe.health;
    let health: TransportHealth;
    try {
      const admin = await this.getAdmin();
      await withTimeout(admin.describeCluster(), 2_000);
      health = { ready: true, detail: 'broker reachable' };
    } catch (error) {
      health = { ready: false, detail: `broker unreachable: ${(error as Error).message}` };
    }
    this.lastProbe = { at: Date.now(), health };
    return health;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.stop()));
    await (await this.producer?.catch(() => undefined))?.disconnect().catch(() => undefined);
    await (await this.admin?.catch(() => undefined))?.disconnect().catch(() => undefined);
  }

  private getProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
      });
      this.producer = producer.connect().then(() => producer);
      this.producer.catch(() => (this.producer = undefined));
    }
    return this.producer;
  }

  private getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = undefined));
    }
    return this.admin;
  }
}

function saslFor({ mechanism, username, password }: KafkaSaslOptions): SASLOptions {
  return { mechanism, username, password };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
