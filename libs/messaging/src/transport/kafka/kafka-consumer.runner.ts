import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { JsonLogger } from '@csg/observability';
import { consumerLag } from '../../messaging.metrics';
import { sleep } from '../../retry-policy';
import type { ConsumerHandle, SubscribeOptions, TransportHealth } from '../message-transport.port';
import type { KafkaTransportOptions } from './kafka-options';
import { toIncomingMessage } from './kafka-message.mapper';

/**
 * One consumer group member. Offsets are resolved one message at a time, only after the handler
 * (and so its database transaction) finished, with a heartbeat after each message. A crash that
 * kafkajs will not restart, or a consumer that stopped heartbeating and fetching, makes the
 * runner not ready; a watchdog then replaces the kafkajs consumer.
 */
export class KafkaConsumerRunner implements ConsumerHandle {
  private readonly log: JsonLogger;
  private consumer?: Consumer;
  private running = false;
  private lastActivity = Date.now();
  private crashed: string | null = null;
  private stuck: string | null = null;
  private watchdog?: NodeJS.Timeout;
  private restarting = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscribeOptions,
    private readonly config: KafkaTransportOptions,
    private readonly onStopped: () => void,
  ) {
    this.log = new JsonLogger(`kafka-consumer:${options.groupId}`);
  }

  get groupId(): string {
    return this.options.groupId;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.startConsumer();
    this.watchdog = setInterval(
      () => void this.checkLiveness(),
      Math.min(5_000, this.config.stallTimeoutMs / 2),
    );
    this.watchdog.unref();
  }

  health(): TransportHealth {
    if (this.crashed) return { ready: false, detail: `consumer ${this.groupId} crashed: ${this.crashed}` };
    if (this.stuck)
      return { ready: false, detail: `consumer ${this.groupId} cannot make progress: ${this.stuck}` };
    const idleMs = Date.now() - this.lastActivity;
    if (idleMs > this.config.stallTimeoutMs) {
      return {
        ready: false,
        detail: `consumer ${this.groupId} stalled: no heartbeat or fetch for ${idleMs} ms`,
      };
    }
    return { ready: true, detail: `consumer ${this.groupId} running` };
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    clearInterval(this.watchdog);
    await this.consumer?.disconnect().catch(() => undefined);
    this.onStopped();
  }

  private async startConsumer(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.config.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.config.sessionTimeoutMs / 10)),
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 250,
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    const touch = () => (this.lastActivity = Date.now());
    consumer.on(consumer.events.HEARTBEAT, touch);
    consumer.on(consumer.events.FETCH, touch);
    consumer.on(consumer.events.GROUP_JOIN, touch);
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.log.error('consumer crashed', { error: payload.error, restart: payload.restart });
      if (!payload.restart) this.crashed = payload.error.message;
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      // Partitions are independent (order is per key, keys live in one partition): handle several at once.
      partitionsConsumedConcurrently: this.config.partitionsConsumedConcurrently ?? 3,
      autoCommit: true,
      autoCommitInterval: 1_000,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    // Stopped while this (re)start was under way: do not leave a consumer behind.
    if (!this.running) await consumer.disconnect().catch(() => undefined);
    this.crashed = null;
    touch();
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const size = this.options.maxBatchSize ?? 200;
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!this.running || !isRunning() || isStale()) break;
      const chunk = batch.messages.slice(start, start + size);
      const handled = await this.handleUntilDone(batch.topic, batch.partition, chunk, heartbeat, isRunning);
      if (!handled) break;
      resolveOffset(chunk[chunk.length - 1].offset);
      this.lastActivity = Date.now();
      await heartbeat();
      await commitOffsetsIfNecessary();
    }
    consumerLag.set({ group: this.groupId, topic: batch.topic }, Number(batch.offsetLag()));
  }

  /** Retries an infrastructure failure without limit (and says so in health) until stopped. */
  private async handleUntilDone(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
    isRunning: () => boolean,
  ): Promise<boolean> {
    const incoming = messages.map((message) => toIncomingMessage(topic, partition, message));
    for (let attempt = 1; this.running && isRunning(); attempt++) {
      try {
        await this.options.handleBatch(incoming);
        this.stuck = null;
        return true;
      } catch (error) {
        this.stuck = (error as Error).message;
        if (attempt === 1 || attempt % 20 === 0) {
          this.log.warn('cannot handle messages; retrying', { error, attempt, topic, partition });
        }
        await sleep(Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)), this.stopping.signal);
        await heartbeat().catch(() => undefined);
      }
    }
    return false;
  }

  private async checkLiveness(): Promise<void> {
    if (!this.running || this.restarting) return;
    const stalled = Date.now() - this.lastActivity > this.config.stallTimeoutMs;
    if (!this.crashed && !stalled) return;
    this.restarting = true;
    this.log.warn('replacing consumer', { crashed: this.crashed, stalled });
    try {
      await this.consumer?.disconnect().catch(() => undefined);
      if (this.running) await this.startConsumer();
    } catch (error) {
      this.log.warn('consumer restart failed; will try again', { error });
    } finally {
      this.restarting = false;
    }
  }
}
