import { JsonLogger } from '@csg/observability';
import {
  workerLastSuccess,
  workerTickDuration,
  workerTickFailures,
  workerTicks,
} from './periodic-worker.metrics';

export interface PeriodicWorkerOptions<T> {
  /** Names the worker in logs (`component`) and metrics (`worker` label), e.g. `notifications:mail`. */
  name: string;
  /** The pause between the end of one tick and the start of the next. */
  intervalMs: number;
  /** Up to this much more, at random, on every pause (default 0): instances started together spread out. */
  jitterMs?: number;
  /** The pause before the first tick (default: `intervalMs`). */
  firstTickAfterMs?: number;
  /**
   * One tick's work. `stopping` is aborted when the worker stops: a tick that loops over batches
   * ends at the next batch, and shutdown waits for it.
   */
  tick(stopping: AbortSignal): Promise<T>;
}

/**
 * Runs a tick on an interval, never two at once in one process: `runNow()` while a tick runs
 * joins it. A failed tick is logged and counted, and the next one comes at the next interval.
 * `stop()` ends the timer and waits for the running tick. Ticks, failures, the last success and
 * tick durations go to `/metrics` as `csg_worker_*{worker}` (ADR 69).
 */
export class PeriodicWorker<T = void> {
  private readonly log: JsonLogger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;
  private stopping = new AbortController();
  private started = false;

  constructor(private readonly options: PeriodicWorkerOptions<T>) {
    this.log = new JsonLogger(options.name);
    // Every series shows on /metrics from the start, at 0 until something happens.
    workerTicks.inc({ worker: options.name }, 0);
    workerTickFailures.inc({ worker: options.name }, 0);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = new AbortController();
    this.schedule(this.options.firstTickAfterMs ?? this.options.intervalMs);
  }

  /** Ends the timer, tells a running tick to stop at its next safe point, and waits for it. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.stopping.abort();
    await this.running?.catch(() => undefined);
  }

  /**
   * Runs a tick now, or joins the one running (a wake-up, or a test), and settles as the tick
   * does (a failure is logged and counted already).
   */
  runNow(): Promise<T> {
    this.running ??= this.runTick().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(pauseMs: number): void {
    clearTimeout(this.timer);
    const jitterMs = Math.random() * (this.options.jitterMs ?? 0);
    this.timer = setTimeout(
      () => {
        void this.runNow()
          .catch(() => undefined)
          .finally(() => {
            if (this.started) this.schedule(this.options.intervalMs);
          });
      },
      Math.round(pauseMs + jitterMs),
    );
    this.timer.unref();
  }

  private async runTick(): Promise<T> {
    const worker = this.options.name;
    const endTimer = workerTickDuration.startTimer({ worker });
    try {
      const result = await this.options.tick(this.stopping.signal);
      workerLastSuccess.set({ worker }, Date.now() / 1000);
      return result;
    } catch (error) {
      workerTickFailures.inc({ worker });
      this.log.warn('tick failed; will try again', { error: String(error) });
      throw error;
    } finally {
      workerTicks.inc({ worker });
      endTimer();
    }
  }
}
