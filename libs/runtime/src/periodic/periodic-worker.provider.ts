import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { PeriodicWorker, type PeriodicWorkerOptions } from './periodic-worker';

/**
 * A NestJS provider whose `work` runs on a `PeriodicWorker` for the application's lifetime:
 * started after bootstrap, stopped before shutdown (which waits for the running tick).
 */
export abstract class PeriodicWorkerProvider<T = void>
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly worker: PeriodicWorker<T>;

  protected constructor(options: Omit<PeriodicWorkerOptions<T>, 'tick'>) {
    this.worker = new PeriodicWorker({ ...options, tick: (stopping) => this.work(stopping) });
  }

  /** One tick's work; `stopping` is aborted when the application shuts down. */
  protected abstract work(stopping: AbortSignal): Promise<T>;

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.worker.stop();
  }

  /** Runs a tick now, or joins the running one, and settles as it does. */
  tick(): Promise<T> {
    return this.worker.runNow();
  }
}
