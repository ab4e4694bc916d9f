import { JsonLogger } from '@csg/observability';
import { retentionPruned, retentionRuns } from '../messaging.metrics';

/** One connection, held for a whole pruning run (the advisory lock belongs to it). */
export interface RetentionSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
}

/** What to prune in one table: one bounded, set-based DELETE that says how many rows went. */
export interface RetentionRule {
  /** The table, as the metric label. */
  table: string;
  /** Deletes at most `limit` rows that are past their age; returns how many it deleted. */
  deleteBatch(session: RetentionSession, limit: number): Promise<number>;
}

export interface RetentionPrunerOptions {
  /** Metric and log label: the service (or `bus`). */
  name: string;
  /** Opens the session a run works on. */
  openSession(): Promise<RetentionSession>;
  rules: readonly RetentionRule[];
  intervalMs: number;
  batchSize: number;
  /** Delay of the first run after start (default: a random moment within a minute). */
  firstRunAfterMs?: number;
}

const RUN_OUTCOMES = ['completed', 'skipped', 'failed'] as const;

/** Rows deleted per table in one run; `null` when another instance held the lock. */
export type PruneResult = Record<string, number> | null;

/**
 * Deletes old bookkeeping rows on an interval. A run takes a session-level advisory lock first
 * (`pg_try_advisory_lock`), so of several instances on one database only one prunes at a time
 * and the others skip that round; each table is then emptied of old rows in batches of
 * `batchSize`, each its own statement, until a batch comes back short. Counts go to
 * `csg_retention_pruned_rows_total{service,table}`, and each run's outcome to
 * `csg_retention_runs_total{service,outcome}` (a failing pruner only logs otherwise).
 */
export class RetentionPruner {
  private readonly log: JsonLogger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<PruneResult>;
  private stopped = false;

  constructor(private readonly options: RetentionPrunerOptions) {
    this.log = new JsonLogger(`retention:${options.name}`);
    // Every series shows on /metrics from the start, at 0 until something is pruned.
    for (const rule of options.rules) retentionPruned.inc({ service: options.name, table: rule.table }, 0);
    for (const outcome of RUN_OUTCOMES) retentionRuns.inc({ service: options.name, outcome }, 0);
  }

  start(): void {
    this.stopped = false;
    this.schedule(this.options.firstRunAfterMs ?? Math.round(10_000 + Math.random() * 50_000));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One run now (also what the interval does). */
  pruneOnce(): Promise<PruneResult> {
    this.running ??= this.countedRun().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.pruneOnce()
        .catch((error) => this.log.warn('pruning failed; will try again', { error }))
        .finally(() => this.schedule(this.options.intervalMs));
    }, ms);
    this.timer.unref();
  }

  private async countedRun(): Promise<PruneResult> {
    try {
      const result = await this.run();
      retentionRuns.inc({ service: this.options.name, outcome: result ? 'completed' : 'skipped' });
      return result;
    } catch (error) {
      retentionRuns.inc({ service: this.options.name, outcome: 'failed' });
      throw error;
    }
  }

  private async run(): Promise<PruneResult> {
    const session = await this.options.openSession();
    const lockKey = `csg.retention:${this.options.name}`;
    try {
      const [lock] = await session.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [lockKey],
      );
      if (!lock.locked) return null;
      try {
        const pruned: Record<string, number> = {};
        for (const rule of this.options.rules) {
          pruned[rule.table] = await this.pruneTable(session, rule);
        }
        const total = Object.values(pruned).reduce((a, b) => a + b, 0);
        if (total > 0) this.log.info('pruned old rows', { pruned });
        return pruned;
      } finally {
        await session.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
      }
    } finally {
      await session.release();
    }
  }

  private async pruneTable(session: RetentionSession, rule: RetentionRule): Promise<number> {
    const { batchSize } = this.options;
    let total = 0;
    for (;;) {
      const deleted = await rule.deleteBatch(session, batchSize);
      total += deleted;
      if (deleted > 0) retentionPruned.inc({ service: this.options.name, table: rule.table }, deleted);
      if (deleted < batchSize || this.stopped) return total;
      // Let other work on this process in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
