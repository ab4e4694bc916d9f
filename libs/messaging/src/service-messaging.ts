import type { DataSource } from 'typeorm';
import { deadLetterTopic, replayTopic, type EventRegistry } from '@csg/contracts';
import { InboxConsumer, type IntegrationEventHandlerFn } from './inbox/inbox-consumer';
import { outboxBacklog, outboxOldestAge } from './messaging.metrics';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWaker } from './outbox/outbox-waker';
import { OutboxWriter } from './outbox/outbox-writer';
import { UnitOfWork } from './outbox/unit-of-work';
import { retentionPolicyFromEnv, type RetentionPolicy } from './retention/retention-policy';
import { RetentionPruner } from './retention/retention-pruner';
import { dataSourceSession, serviceRetentionRules } from './retention/service-retention.rules';
import type { RetryPolicy } from './retry-policy';
import type { ConsumerHandle, MessageTransport, TransportHealth } from './transport/message-transport.port';

type HandlerMap = ReadonlyMap<string, readonly IntegrationEventHandlerFn[]>;

export interface ServiceMessagingOptions {
  /** Service name: `agencies`, `sessions`, … */
  service: string;
  /** The topic this service publishes to (created at start). */
  ownTopic: string;
  dataSource: DataSource;
  /**
   * Connection string of the service database. No longer used: the relay had a LISTEN connection
   * on it until the outbox NOTIFY trigger was dropped (ADR 48).
   */
  databaseUrl?: string;
  /**
   * Wakes this service's relay after its unit of work or inbox commits outbox rows (ADR 48); one
   * per service per process. Default: a new one, shared by this instance's parts only.
   */
  waker?: OutboxWaker;
  registry: EventRegistry;
  transport: MessageTransport;
  /** Event type → handlers, for the service's consumer group (a function: discovered at start). */
  handlers?: HandlerMap | (() => HandlerMap);
  /** Defaults to `csg.<service>`. */
  consumerGroup?: string;
  retry?: RetryPolicy;
  relayBatchSize?: number;
  /** The relay's polling fallback for rows other processes commit (default 1,000 ms). */
  relayPollIntervalMs?: number;
  /** Pruning of the inbox, published outbox and idempotency keys (default: from the RETENTION_* environment); false: none. */
  retention?: RetentionPolicy | false;
}

/**
 * Everything one service needs to take part in the event backbone: a unit of work that writes
 * the outbox, a relay that publishes it, and (when it handles events) an inbox consumer.
 */
export class ServiceMessaging {
  readonly writer: OutboxWriter;
  readonly waker: OutboxWaker;
  readonly unitOfWork: UnitOfWork;
  readonly relay: OutboxRelay;
  readonly retention?: RetentionPruner;
  inbox?: InboxConsumer;
  private consumer?: ConsumerHandle;
  private metricsTimer?: NodeJS.Timeout;

  constructor(private readonly options: ServiceMessagingOptions) {
    this.writer = new OutboxWriter(options.registry, `/csg/${options.service}`);
    this.waker = options.waker ?? new OutboxWaker();
    this.unitOfWork = new UnitOfWork(options.dataSource, this.writer, undefined, this.waker);
    this.relay = new OutboxRelay(options.dataSource, options.transport, {
      name: options.service,
      waker: this.waker,
      batchSize: options.relayBatchSize,
      pollIntervalMs: options.relayPollIntervalMs,
    });
    if (options.handlers && typeof options.handlers !== 'function')
      this.inbox = this.createInbox(options.handlers);
    const policy = options.retention ?? retentionPolicyFromEnv();
    if (policy && policy.enabled) {
      this.retention = new RetentionPruner({
        name: options.service,
        openSession: dataSourceSession(options.dataSource),
        rules: serviceRetentionRules(policy),
        intervalMs: policy.intervalMinutes * 60_000,
        batchSize: policy.batchSize,
      });
    }
  }

  private createInbox(handlers: HandlerMap): InboxConsumer | undefined {
    if (handlers.size === 0) return undefined;
    return new InboxConsumer({
      groupId: this.consumerGroup,
      dataSource: this.options.dataSource,
      writer: this.writer,
      waker: this.waker,
      registry: this.options.registry,
      handlers,
      retry: this.options.retry,
      transportKind: this.options.transport.kind,
    });
  }

  get consumerGroup(): string {
    return this.options.consumerGroup ?? `csg.${this.options.service}`;
  }

  /** Topics the consumer group reads: those of the handled types, plus its own replay topic. */
  subscribedTopics(): string[] {
    const types = this.inbox?.subscribedTypes() ?? [];
    const topics = new Set(types.map((t) => this.options.registry.get(t).topic));
    return [...topics, replayTopic(this.consumerGroup)].sort();
  }

  async start(): Promise<void> {
    const { transport, handlers } = this.options;
    if (!this.inbox && typeof handlers === 'function') this.inbox = this.createInbox(handlers());
    await transport.ensureTopics([
      this.options.ownTopic,
      deadLetterTopic(this.consumerGroup),
      replayTopic(this.consumerGroup),
    ]);
    if (this.inbox) {
      this.inbox.start();
      await transport.ensureTopics(this.subscribedTopics());
      this.consumer = await transport.subscribe({
        groupId: this.consumerGroup,
        topics: this.subscribedTopics(),
        handleBatch: this.inbox.handleBatch,
      });
    }
    this.relay.start();
    this.retention?.start();
    this.metricsTimer = setInterval(() => void this.refreshMetrics(), 5_000);
    this.metricsTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.metricsTimer);
    await this.retention?.stop();
    this.inbox?.stop();
    await this.consumer?.stop();
    await this.relay.stop();
  }

  health(): TransportHealth {
    const problems: string[] = [];
    if (this.relay.lastError) problems.push(`outbox relay failing: ${this.relay.lastError}`);
    const consumer = this.consumer?.health();
    if (consumer && !consumer.ready) problems.push(consumer.detail);
    if (problems.length > 0) return { ready: false, detail: problems.join('; ') };
    return { ready: true, detail: consumer?.detail ?? 'relay running, no consumer' };
  }

  private async refreshMetrics(): Promise<void> {
    try {
      const stats = await this.relay.stats();
      outboxBacklog.set({ service: this.options.service }, stats.backlog);
      outboxOldestAge.set({ service: this.options.service }, stats.oldestAgeSeconds);
    } catch {
      // the database is away; health reports it
    }
  }
}
