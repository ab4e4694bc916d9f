import type { EventEmitter } from 'node:events';
import type { Pool, PoolClient } from 'pg';
import { JsonLogger } from '@csg/observability';
import { sleep } from '../../retry-policy';
import type {
  ConsumerHandle,
  IncomingMessage,
  SubscribeOptions,
  TransportHealth,
} from '../message-transport.port';

export interface BusRow {
  topic: string;
  partition: number;
  offset: string;
  message_key: string | null;
  headers: Record<string, string>;
  value: string | null;
}

export function toIncoming(row: BusRow): IncomingMessage {
  return {
    topic: row.topic,
    partition: row.partition,
    offset: String(row.offset),
    key: row.message_key,
    value: row.value,
    headers: row.headers,
  };
}

const BATCH = 200;

/**
 * A consumer group member on the PostgreSQL log. It owns a partition for the length of one batch
 * (its group offset row locked FOR UPDATE SKIP LOCKED), so two members of one group never work
 * the same partition at once, and commits the offset only after the handler returned.
 */
export class PgLogConsumer implements ConsumerHandle {
  private readonly log: JsonLogger;
  private running = false;
  private loop?: Promise<void>;
  private lastActivity = Date.now();
  private stuck: string | null = null;
  private readonly stopping = new AbortController();
  /** Partitions whose group offset row this member has already made sure of. */
  private readonly offsetRows = new Set<string>();

  constructor(
    private readonly pool: Pool,
    private readonly wakeups: EventEmitter,
    private readonly options: SubscribeOptions,
    private readonly config: {
      pollIntervalMs: number;
      stallTimeoutMs: number;
      /** Partitions worked at once (each its own transaction; per-key order holds within a partition). */
      partitionsConcurrently: number;
      onStopped: () => void;
    },
  ) {
    this.log = new JsonLogger(`bus-consumer:${options.groupId}`);
  }

  get groupId(): string {
    return this.options.groupId;
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.wakeups.emit('wake');
    await this.loop;
    this.config.onStopped();
  }

  health(): TransportHealth {
    if (this.stuck)
      return { ready: false, detail: `consumer ${this.groupId} cannot make progress: ${this.stuck}` };
    const idleMs = Date.now() - this.lastActivity;
    if (idleMs > this.config.stallTimeoutMs)
      return { ready: false, detail: `consumer ${this.groupId} stalled for ${idleMs} ms` };
    return { ready: true, detail: `consumer ${this.groupId} running` };
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const progressed = await this.pollAll(await this.assignments());
        this.lastActivity = Date.now();
        this.stuck = null;
        failures = 0;
        if (!progressed) await this.idle();
      } catch (error) {
        failures += 1;
        this.stuck = (error as Error).message;
        if (failures === 1 || failures % 20 === 0)
          this.log.warn('poll failed; retrying', { error, failures });
        await sleep(Math.min(5_000, 200 * 2 ** Math.min(failures, 5)), this.stopping.signal);
      }
    }
  }

  /** Polls every assigned partition once, `partitionsConcurrently` at a time; true if any progressed. */
  private async pollAll(assignments: Array<{ topic: string; partition: number }>): Promise<boolean> {
    let next = 0;
    let progressed = false;
    const worker = async () => {
      while (this.running && next < assignments.length) {
        const { topic, partition } = assignments[next++];
        if (await this.pollPartition(topic, partition)) progressed = true;
      }
    };
    const workers = Math.max(1, Math.min(this.config.partitionsConcurrently, assignments.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return progressed;
  }

  private async assignments(): Promise<Array<{ topic: string; partition: number }>> {
    const { rows } = await this.pool.query<{ topic: string; partition: number }>(
      `SELECT topic, partition FROM bus_partitions WHERE topic = ANY($1::text[]) ORDER BY topic, partition`,
      [this.options.topics],
    );
    return rows;
  }

  private async pollPartition(topic: string, partition: number): Promise<boolean> {
    const client = await this.pool.connect();
    let handledAny = false;
    try {
      const offsetRow = `${topic}\u0000${partition}`;
      if (!this.offsetRows.has(offsetRow)) {
        await client.query(
          `INSERT INTO bus_group_offsets (group_id, topic, partition) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [this.groupId, topic, partition],
        );
        this.offsetRows.add(offsetRow);
      }
      await client.query('BEGIN');
      const owned = await client.query<{ next_offset: string }>(
        `SELECT next_offset FROM bus_group_offsets WHERE group_id = $1 AND topic = $2 AND partition = $3
           FOR UPDATE SKIP LOCKED`,
        [this.groupId, topic, partition],
      );
      if (owned.rows.length === 0) {
        // Another member holds it, or its row is gone (made sure of again on the next poll).
        this.offsetRows.delete(offsetRow);
        await client.query('COMMIT');
        return false;
      }
      const { rows } = await client.query<BusRow>(
        `SELECT topic, partition, "offset", message_key, headers, value FROM bus_messages
          WHERE topic = $1 AND partition = $2 AND "offset" >= $3 ORDER BY "offset" LIMIT ${this.options.maxBatchSize ?? BATCH}`,
        [topic, partition, owned.rows[0].next_offset],
      );
      if (rows.length > 0 && (await this.handleUntilDone(rows.map(toIncoming)))) {
        await this.commitOffset(client, topic, partition, BigInt(rows[rows.length - 1].offset) + 1n);
        handledAny = true;
      }
      await client.query('COMMIT');
      return handledAny;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async commitOffset(
    client: PoolClient,
    topic: string,
    partition: number,
    next: bigint,
  ): Promise<void> {
    await client.query(
      `UPDATE bus_group_offsets SET next_offset = $4 WHERE group_id = $1 AND topic = $2 AND partition = $3`,
      [this.groupId, topic, partition, next.toString()],
    );
  }

  private async handleUntilDone(messages: IncomingMessage[]): Promise<boolean> {
    for (let attempt = 1; this.running; attempt++) {
      try {
        await this.options.handleBatch(messages);
        this.stuck = null;
        this.lastActivity = Date.now();
        return true;
      } catch (error) {
        this.stuck = (error as Error).message;
        if (attempt === 1 || attempt % 20 === 0)
          this.log.warn('cannot handle messages; retrying', { error, attempt });
        await sleep(Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)), this.stopping.signal);
      }
    }
    return false;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeups.off('wake', done);
        resolve();
      };
      const timer = setTimeout(done, this.config.pollIntervalMs);
      this.wakeups.on('wake', done);
    });
  }
}
