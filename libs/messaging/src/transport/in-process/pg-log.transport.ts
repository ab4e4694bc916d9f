import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { PgListener } from '../../pg-listener';
import type {
  ConsumerHandle,
  IncomingMessage,
  MessageTransport,
  OutgoingMessage,
  SubscribeOptions,
  TransportHealth,
} from '../message-transport.port';
import { retentionPolicyFromEnv, type RetentionPolicy } from '../../retention/retention-policy';
import { RetentionPruner } from '../../retention/retention-pruner';
import { ensureBusSchema, partitionFor } from './pg-log.schema';
import { PgLogConsumer, type BusRow, toIncoming } from './pg-log.consumer';
import { busRetention, poolSession } from './pg-log.retention';

export interface PgLogTransportOptions {
  /** The bus database (in the embedded default: `csg_bus` on the embedded server). */
  url: string;
  partitions?: number;
  pollIntervalMs?: number;
  stallTimeoutMs?: number;
  /** Partitions a consumer works at once (default `BUS_PARTITIONS_CONSUMED_CONCURRENTLY` or 3, as on Kafka). */
  partitionsConcurrently?: number;
  /** Pruning of consumed messages (default: from the RETENTION_* environment); false: none. */
  retention?: RetentionPolicy | false;
}

/** `BUS_PARTITIONS_CONSUMED_CONCURRENTLY`: a positive integer, default 3 (Kafka's default here). */
export function partitionsConcurrentlyFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BUS_PARTITIONS_CONSUMED_CONCURRENTLY;
  if (raw === undefined || raw === '') return 3;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`BUS_PARTITIONS_CONSUMED_CONCURRENTLY must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * The in-process transport of the embedded default: the same guarantees as Kafka (per-key order
 * through key-hashed partitions, consumer groups with committed offsets, at-least-once, durable
 * across restarts) with no broker process. Consumers in this process are woken at once; other
 * processes (the dlq tool) are woken by NOTIFY, and polling covers the rest.
 */
export class PgLogTransport implements MessageTransport {
  readonly kind = 'in-process' as const;
  private readonly pool: Pool;
  private readonly wakeups = new EventEmitter();
  private readonly consumers = new Set<PgLogConsumer>();
  private readonly partitions: number;
  private readonly listener: PgListener;
  readonly retention?: RetentionPruner;

  constructor(private readonly options: PgLogTransportOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: 10,
      application_name: 'csg-bus',
      connectionTimeoutMillis: 5_000,
    });
    // A server going away makes idle clients emit on the pool and busy ones on themselves; the
    // failing query already reports it, so neither event may crash the process.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    this.partitions = options.partitions ?? 4;
    this.wakeups.setMaxListeners(100);
    this.listener = new PgListener(options.url, 'csg_bus', () => this.wakeups.emit('wake'), 'csg-bus-listen');
    const policy = options.retention ?? retentionPolicyFromEnv();
    if (policy && policy.enabled) {
      this.retention = new RetentionPruner({
        name: 'bus',
        openSession: poolSession(this.pool),
        rules: [busRetention(policy.busDays, policy.deadLetterDays)],
        intervalMs: policy.intervalMinutes * 60_000,
        batchSize: policy.batchSize,
      });
    }
  }

  async start(): Promise<void> {
    await ensureBusSchema(this.pool);
    this.listener.start();
    this.retention?.start();
  }

  async ensureTopics(topics: string[]): Promise<void> {
    const unique = [...new Set(topics)];
    const partitions = Array.from({ length: this.partitions }, (_, p) => p);
    await this.pool.query(
      `INSERT INTO bus_partitions (topic, partition)
       SELECT t, p FROM unnest($1::text[]) t CROSS JOIN unnest($2::int[]) p ON CONFLICT DO NOTHING`,
      [unique, partitions],
    );
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const groups = new Map<string, { topic: string; partition: number; messages: OutgoingMessage[] }>();
    for (const m of messages) {
      const partition = partitionFor(m.key, this.partitions);
      const id = `${m.topic}\u0000${partition}`;
      const group = groups.get(id) ?? { topic: m.topic, partition, messages: [] };
      group.messages.push(m);
      groups.set(id, group);
    }
    // A fixed lock order across publishers: no deadlock between two relays.
    const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const g of ordered) {
        await client.query(
          `INSERT INTO bus_partitions (topic, partition) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [g.topic, g.partition],
        );
        const { rows } = await client.query<{ base: string }>(
          `UPDATE bus_partitions SET next_offset = next_offset + $3
            WHERE topic = $1 AND partition = $2 RETURNING next_offset - $3 AS base`,
          [g.topic, g.partition, g.messages.length],
        );
        await client.query(
          `INSERT INTO bus_messages (topic, partition, "offset", message_key, headers, value)
           SELECT $1, $2, $3::bigint + t.ord - 1, t.k, t.h, t.v
             FROM unnest($4::text[], $5::jsonb[], $6::text[]) WITH ORDINALITY AS t(k, h, v, ord)`,
          [
            g.topic,
            g.partition,
            rows[0].base,
            g.messages.map((m) => m.key),
            g.messages.map((m) => JSON.stringify(m.headers)),
            g.messages.map((m) => m.value),
          ],
        );
      }
      await client.query(`SELECT pg_notify('csg_bus', '')`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw Object.assign(error as Error, { retriable: true });
    } finally {
      client.release();
    }
    this.wakeups.emit('wake');
  }

  async subscribe(options: SubscribeOptions): Promise<ConsumerHandle> {
    const consumer = new PgLogConsumer(this.pool, this.wakeups, options, {
      pollIntervalMs: this.options.pollIntervalMs ?? 1_000,
      stallTimeoutMs: this.options.stallTimeoutMs ?? 60_000,
      partitionsConcurrently: this.options.partitionsConcurrently ?? partitionsConcurrentlyFromEnv(),
      onStopped: () => this.consumers.delete(consumer),
    });
    this.consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  async readAll(topic: string): Promise<IncomingMessage[]> {
    const { rows } = await this.pool.query<BusRow>(
      `SELECT topic, partition, "offset", message_key, headers, value FROM bus_messages
        WHERE topic = $1 ORDER BY partition, "offset"`,
      [topic],
    );
    return rows.map(toIncoming);
  }

  async health(): Promise<TransportHealth> {
    try {
      await this.pool.query('SELECT 1');
      return { ready: true, detail: 'bus database reachable' };
    } catch (error) {
      return { ready: false, detail: `bus database unreachable: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    await this.retention?.stop();
    await Promise.all([...this.consumers].map((c) => c.stop()));
    await this.listener.stop();
    await this.pool.end().catch(() => undefined);
  }
}
