import { metricsRegistry } from '@csg/observability';
import { PeriodicWorker } from './periodic-worker';
import { PeriodicWorkerProvider } from './periodic-worker.provider';

/** A promise and the functions that settle it, for a tick that ends when the test says so. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** One series of a metric for one worker (`series`: e.g. a histogram's `…_count`). */
async function metricValue(metric: string, worker: string, series = metric): Promise<number | undefined> {
  const { values } = await metricsRegistry.getSingleMetric(metric)!.get();
  return (values as Array<(typeof values)[number] & { metricName?: string }>).find(
    (v) => v.labels.worker === worker && (v.metricName ?? metric) === series,
  )?.value;
}

// Fake timers: a test that waits on one it never advances would otherwise hang for the global timeout.
jest.setTimeout(10_000);

let workerCount = 0;
const uniqueName = () => `test:worker-${(workerCount += 1)}`;

describe('PeriodicWorker', () => {
  let stdout: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    stdout.mockRestore();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('ticks first after one interval, then one interval after each tick ends', async () => {
    const startedAt: number[] = [];
    const worker = new PeriodicWorker({
      name: uniqueName(),
      intervalMs: 1_000,
      tick: async () => {
        startedAt.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
    });
    const t0 = Date.now();
    worker.start();

    await jest.advanceTimersByTimeAsync(999);
    expect(startedAt).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(startedAt).toEqual([t0 + 1_000]);
    await jest.advanceTimersByTimeAsync(2_600);
    // 1,000 + 300 (the tick) + 1,000 = 2,300; + 300 + 1,000 = 3,600
    expect(startedAt).toEqual([t0 + 1_000, t0 + 2_300, t0 + 3_600]);
    const stopped = worker.stop();
    await jest.advanceTimersByTimeAsync(300);
    await stopped;
  });

  it('starts after firstTickAfterMs and adds up to jitterMs at random to every pause', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    const startedAt: number[] = [];
    const worker = new PeriodicWorker({
      name: uniqueName(),
      intervalMs: 1_000,
      firstTickAfterMs: 100,
      jitterMs: 400,
      tick: async () => void startedAt.push(Date.now()),
    });
    const t0 = Date.now();
    worker.start();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(startedAt).toEqual([t0 + 300, t0 + 1_500]);
    await worker.stop();
  });

  it('never runs two ticks at once: runNow() during a tick joins it', async () => {
    const gate = deferred();
    let runs = 0;
    const worker = new PeriodicWorker({
      name: uniqueName(),
      intervalMs: 1_000,
      tick: async () => {
        runs += 1;
        await gate.promise;
        return runs;
      },
    });
    const first = worker.runNow();
    const second = worker.runNow();
    expect(second).toBe(first);
    gate.resolve();
    await expect(first).resolves.toBe(1);
    await expect(worker.runNow()).resolves.toBe(2);
  });

  it('logs and counts a failed tick, rejects as it did, and ticks again at the next interval', async () => {
    const name = uniqueName();
    let calls = 0;
    const worker = new PeriodicWorker({
      name,
      intervalMs: 1_000,
      tick: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return 'done';
      },
    });

    await expect(worker.runNow()).rejects.toThrow('database away');
    const line = JSON.parse(String(stdout.mock.calls.at(-1)?.[0]));
    expect(line).toMatchObject({
      level: 'warn',
      component: name,
      msg: 'tick failed; will try again',
      error: 'Error: database away',
    });
    expect(await metricValue('csg_worker_tick_failures_total', name)).toBe(1);
    expect(await metricValue('csg_worker_last_success_timestamp_seconds', name)).toBeUndefined();

    worker.start();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(await metricValue('csg_worker_ticks_total', name)).toBe(2);
    expect(await metricValue('csg_worker_tick_failures_total', name)).toBe(1);
    expect(await metricValue('csg_worker_last_success_timestamp_seconds', name)).toBe(Date.now() / 1000);
    await worker.stop();
  });

  it('shows its series from the start and times every tick', async () => {
    const name = uniqueName();
    const worker = new PeriodicWorker({
      name,
      intervalMs: 1_000,
      tick: () => new Promise<void>((resolve) => setTimeout(resolve, 2_000)),
    });
    expect(await metricValue('csg_worker_ticks_total', name)).toBe(0);
    expect(await metricValue('csg_worker_tick_failures_total', name)).toBe(0);

    const tick = worker.runNow();
    await jest.advanceTimersByTimeAsync(2_000);
    await tick;
    expect(
      await metricValue('csg_worker_tick_duration_seconds', name, 'csg_worker_tick_duration_seconds_count'),
    ).toBe(1);
    expect(
      await metricValue('csg_worker_tick_duration_seconds', name, 'csg_worker_tick_duration_seconds_sum'),
    ).toBe(2);
  });

  it('stops: tells the running tick, waits for it, and ticks no more', async () => {
    const gate = deferred();
    let seen: AbortSignal | undefined;
    let runs = 0;
    const worker = new PeriodicWorker({
      name: uniqueName(),
      intervalMs: 1_000,
      tick: async (stopping) => {
        runs += 1;
        seen = stopping;
        await gate.promise;
      },
    });
    worker.start();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen?.aborted).toBe(true);
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(stopped).toBe(true);

    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
  });

  it('starts again after a stop with a signal that is not aborted', async () => {
    const signals: AbortSignal[] = [];
    const worker = new PeriodicWorker({
      name: uniqueName(),
      intervalMs: 1_000,
      tick: async (stopping) => void signals.push(stopping),
    });
    worker.start();
    await jest.advanceTimersByTimeAsync(1_000);
    await worker.stop();
    worker.start();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(signals).toHaveLength(2);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    await worker.stop();
  });
});

describe('PeriodicWorkerProvider', () => {
  class CountingWorker extends PeriodicWorkerProvider<number> {
    runs = 0;
    constructor() {
      super({ name: uniqueName(), intervalMs: 500 });
    }
    protected override async work(): Promise<number> {
      return (this.runs += 1);
    }
  }

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('works on its interval from application bootstrap until shutdown; tick() runs it now', async () => {
    const worker = new CountingWorker();
    await expect(worker.tick()).resolves.toBe(1);

    worker.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(worker.runs).toBe(3);

    await worker.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(worker.runs).toBe(3);
  });
});
