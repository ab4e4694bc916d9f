import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@csg/messaging';
import { JsonLogger } from '@csg/observability';
import { PeriodicWorkerProvider } from '@csg/runtime';
import type { DueJobHandler } from './due-jobs';

const RETRY_AFTER_FAILURE_SECONDS = [10, 60, 300, 1800];

/**
 * Runs due jobs from the `due_jobs` table: each claimed with `FOR UPDATE SKIP LOCKED` (several
 * instances never run one job twice), run in the same transaction that deletes it, so a crash
 * before the commit leaves it due. A failing job is retried later and never blocks the others.
 */
@Injectable()
export class DueJobScheduler extends PeriodicWorkerProvider {
  private readonly log = new JsonLogger('notifications:scheduler');
  private readonly handlers = new Map<string, DueJobHandler>();

  constructor(private readonly unitOfWork: UnitOfWork) {
    super({
      name: 'notifications:scheduler',
      intervalMs: Number(process.env.NOTIFICATIONS_SCHEDULER_INTERVAL_MS ?? 1000),
    });
  }

  register(handler: DueJobHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  /** Runs what is due now, at most 100 jobs a tick; stops between jobs at shutdown. */
  protected override async work(stopping: AbortSignal): Promise<void> {
    for (let i = 0; i < 100 && !stopping.aborted; i += 1) if (!(await this.runOne())) break;
  }

  private runOne(): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const rows: Array<{ kind: string; ref: string; attempts: number }> = await tx.manager.query(
        `SELECT kind, ref, attempts FROM due_jobs WHERE due_at <= now() ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const job = rows[0];
      if (!job) return false;
      await tx.manager.query(`DELETE FROM due_jobs WHERE kind = $1 AND ref = $2`, [job.kind, job.ref]);
      const handler = this.handlers.get(job.kind);
      if (!handler) {
        this.log.warn('no handler for due job; dropped', { kind: job.kind, ref: job.ref });
        return true;
      }
      await tx.manager.query('SAVEPOINT due_job');
      try {
        await handler.run(job.ref, tx.manager, tx);
        await tx.manager.query('RELEASE SAVEPOINT due_job');
      } catch (error) {
        await tx.manager.query('ROLLBACK TO SAVEPOINT due_job');
        const wait =
          RETRY_AFTER_FAILURE_SECONDS[Math.min(job.attempts, RETRY_AFTER_FAILURE_SECONDS.length - 1)];
        this.log.warn('due job failed; retrying later', {
          kind: job.kind,
          ref: job.ref,
          error: String(error),
        });
        await tx.manager.query(
          `INSERT INTO due_jobs (kind, ref, due_at, attempts, last_error)
           VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)
           ON CONFLICT (kind, ref) DO NOTHING`,
          [job.kind, job.ref, wait, job.attempts + 1, String(error).slice(0, 1000)],
        );
      }
      return true;
    });
  }
}
