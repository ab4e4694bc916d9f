import { JsonLogger } from '@csg/observability';
import { oncePerDatabase, PeriodicWorker, type DatabaseSession } from '@csg/runtime/periodic';
import { retentionPruned, retentionRuns } from '../messaging.metrics';

/** One connection, held for a whole pruning run (the advisory lock belongs to it). */
export type RetentionSession = DatabaseSession;

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
}

const RUN_OUTCOMES = ['completed', 'skipped', 'failed'] as const;

/** Rows deleted per table in one run; `null` when another instance held the lock. */
export type PruneResult = Record<string, number> | null;

/**
 * Deletes old bookkeeping rows on an interval, as the periodic worker `retention:<name>` (ADR 69)
 * that one instance per database runs at a time: a run holds the session-level advisory lock
 * `csg.retention:<name>` (`pg_try_advisory_lock`), and of several instances on one database the
 * others skip that round. Each table is then emptied of old rows in batches of `batchSize`, each
 * its own statement, until a batch comes back short. Counts go to
 * `csg_retention_pruned_rows_total{service,table}`, and each run's outcome to
 * `csg_retention_runs_total{service,outcome}`.
 */
export class RetentionPruner {
  private readonly log: JsonLogger;
  private readonly worker: PeriodicWorker<PruneResult>;

  constructor(private readonly options: RetentionPrunerOptions) {
    const name = `retention:${options.name}`;
    this.log = new JsonLogger(name);
    // Every series shows on /metrics from the start, at 0 until something is pruned.
    for (const rule of options.rules) retentionPruned.inc({ service: options.name, table: rule.table }, 0);
    for (const outcome of RUN_OUTCOMES) retentionRuns.inc({ service: options.name, outcome }, 0);
    const lockedRun = oncePerDatabase(name, options.openSession, (session, stopping) =>
      this.prune(session, stopping),
    );
    this.worker = new PeriodicWorker({
      name,
      intervalMs: options.intervalMs,
      // The first run a random moment 10-60 s after start (replicas started together spread out).
      firstTickAfterMs: 10_000,
      jitterMs: 50_000,
      tick: (stopping) => this.countedRun(lockedRun, stopping),
    });
  }

  start(): void {
    this.worker.start();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** One run now (also what the interval does). */
  pruneOnce(): Promise<PruneResult> {
    return this.worker.runNow();
  }

  private async countedRun(
    lockedRun: (stopping: AbortSignal) => Promise<PruneResult>,
    stopping: AbortSignal,
  ): Promise<PruneResult> {
    try {
      const result = await lockedRun(stopping);
      retentionRuns.inc({ service: this.options.name, outcome: result ? 'completed' : 'skipped' });
      return result;
    } catch (error) {
      retentionRuns.inc({ service: this.options.name, outcome: 'failed' });
      throw error;
    }
  }

  private async prune(session: RetentionSession, stopping: AbortSignal): Promise<Record<string, number>> {
    const pruned: Record<string, number> = {};
    for (const rule of this.options.rules) {
      pruned[rule.table] = await this.pruneTable(session, rule, stopping);
    }
    const total = Object.values(pruned).reduce((a, b) => a + b, 0);
    if (total > 0) this.log.info('pruned old rows', { pruned });
    return pruned;
  }

  private async pruneTable(
    session: RetentionSession,
    rule: RetentionRule,
    stopping: AbortSignal,
  ): Promise<number> {
    const { batchSize } = this.options;
    let total = 0;
    for (;;) {
      const deleted = await rule.deleteBatch(session, batchSize);
      total += deleted;
      if (deleted > 0) retentionPruned.inc({ service: this.options.name, table: rule.table }, deleted);
      if (deleted < batchSize || stopping.aborted) return total;
      // Let other work on this process in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
