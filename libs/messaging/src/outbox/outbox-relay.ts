import type { DataSource } from 'typeorm';
import { JsonLogger } from '@csg/observability';
import { tracingEnabled, type StoredTraceContext } from '@csg/observability/tracing';
import { startSendSpans, type RelayedMessage } from '../tracing/message-spans';
import type { MessageTransport } from '../transport/message-transport.port';
import type { OutboxWaker } from './outbox-waker';

export interface OutboxRelayOptions {
  /** Service name, for logs and metrics. */
  name: string;
  /**
   * Woken by the service's unit of work and inbox in this process after they commit outbox rows
   * (ADR 48). Without it (or for rows another process wrote) the relay finds rows by polling.
   */
  waker?: OutboxWaker;
  batchSize?: number;
  /**
   * Polling fallback (default 1,000 ms): how rows committed by another process (another instance
   * of the service, an operator CLI) are found, so they wait up to this long. There is no NOTIFY:
   * the trigger serialised every writer's commit (ADR 48).
   */
  pollIntervalMs?: number;
  /**
   * After a cycle that published less than a full batch, wait this long before the next one, so
   * the rows of concurrent writes are published together rather than a cycle per commit (default
   * 5 ms; docs/benchmarks.md). A full batch (a backlog) goes on at once.
   */
  gatherMs?: number;
}

interface ClaimedRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  value: string;
  /** Read only when tracing is on (ADR 74). */
  trace_context?: StoredTraceContext | null;
}

export interface OutboxStats {
  backlog: number;
  oldestAgeSeconds: number;
}

/**
 * Publishes outbox rows. Claims, per message key, the oldest unpublished row with
 * FOR UPDATE SKIP LOCKED and publishes that key's rows in order, so several relays can run at
 * once without publishing one key out of order or the same rows concurrently. Rows are marked
 * published only after the broker acknowledged them; a crash in between republishes them and
 * the consumers' inbox absorbs the duplicate.
 */
export class OutboxRelay {
  private readonly log: JsonLogger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly gatherMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A wake that arrived during a cycle: the next cycle starts at once instead of idling. */
  private woken = false;
  private unsubscribe?: () => void;
  private readonly waker?: OutboxWaker;
  /** The claimed rows' columns: their trace context only when tracing is on (ADR 74). */
  private readonly columns: string;
  published = 0;
  lastError: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MessageTransport,
    options: OutboxRelayOptions,
  ) {
    this.log = new JsonLogger(`outbox-relay:${options.name}`);
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.gatherMs = options.gatherMs ?? Number(process.env.OUTBOX_RELAY_GATHER_MS ?? 5);
    this.waker = options.waker;
    this.columns = `id, topic, message_key, headers, value${tracingEnabled() ? ', trace_context' : ''}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.waker?.subscribe(() => this.notify());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.wake?.();
    await this.loop;
  }

  /** Rows were committed: publish them now (or right after the cycle that is running). */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  /** One claim-publish-mark cycle; returns how many rows it published. */
  async relayOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // The head of a key is its oldest unpublished row. One grouped pass over the unpublished
      // index finds every head; locking up to N of them with SKIP LOCKED (the limit applies after
      // skipping, so a second relay takes other keys) claims their keys for this relay.
      const heads: Array<{ message_key: string }> = await runner.query(
        `SELECT o.message_key FROM outbox o
          WHERE o.published_at IS NULL
            AND o.id IN (SELECT min(id) FROM outbox WHERE published_at IS NULL GROUP BY message_key)
          ORDER BY o.id LIMIT $1
          FOR UPDATE OF o SKIP LOCKED`,
        [this.batchSize],
      );
      if (heads.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      const rows: ClaimedRow[] = await runner.query(
        `SELECT ${this.columns} FROM outbox
          WHERE published_at IS NULL AND message_key = ANY($1::text[])
          ORDER BY id LIMIT $2`,
        [heads.map((h) => h.message_key), this.batchSize * 4],
      );
      const sending = startSendSpans(rows.map(toRelayed), this.transport.kind);
      try {
        await this.transport.publish(sending.messages);
        sending.end();
      } catch (error) {
        sending.end(error);
        throw error;
      }
      await runner.query(`UPDATE outbox SET published_at = clock_timestamp() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      await runner.commitTransaction();
      this.published += rows.length;
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  async stats(): Promise<OutboxStats> {
    const [row]: Array<{ backlog: string; oldest: number | null }> = await this.dataSource.query(
      `SELECT count(*) AS backlog, EXTRACT(EPOCH FROM clock_timestamp() - min(created_at))::float8 AS oldest
         FROM outbox WHERE published_at IS NULL`,
    );
    return { backlog: Number(row.backlog), oldestAgeSeconds: row.oldest ?? 0 };
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.woken = false;
        const published = await this.relayOnce();
        failures = 0;
        this.lastError = null;
        if (published >= this.batchSize) continue;
        if (published > 0) {
          if (this.gatherMs > 0) await new Promise((resolve) => setTimeout(resolve, this.gatherMs));
          continue;
        }
        await this.idle(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        this.lastError = (error as Error).message;
        if (failures === 1 || failures % 20 === 0) {
          this.log.warn('relay cycle failed; retrying', { error, failures });
        }
        await this.idle(Math.min(5_000, 100 * 2 ** Math.min(failures, 6)));
      }
    }
  }

  /** Waits `ms`, or less when woken; returns at once when a wake arrived since the last cycle began. */
  private idle(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function toRelayed(row: ClaimedRow): RelayedMessage {
  return {
    message: { topic: row.topic, key: row.message_key, headers: row.headers, value: row.value },
    traceContext: row.trace_context ?? null,
  };
}
