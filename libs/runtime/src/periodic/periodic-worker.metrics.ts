import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@csg/observability';

function once<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

export const workerTicks = once(
  'csg_worker_ticks_total',
  () =>
    new Counter({
      name: 'csg_worker_ticks_total',
      help: 'Ticks a periodic worker ran, failed ones included',
      labelNames: ['worker'],
      registers: [metricsRegistry],
    }),
);

export const workerTickFailures = once(
  'csg_worker_tick_failures_total',
  () =>
    new Counter({
      name: 'csg_worker_tick_failures_total',
      help: 'Ticks of a periodic worker that failed (retried at the next tick)',
      labelNames: ['worker'],
      registers: [metricsRegistry],
    }),
);

export const workerLastSuccess = once(
  'csg_worker_last_success_timestamp_seconds',
  () =>
    new Gauge({
      name: 'csg_worker_last_success_timestamp_seconds',
      help: 'When a periodic worker last finished a tick without failing (Unix time)',
      labelNames: ['worker'],
      registers: [metricsRegistry],
    }),
);

export const workerTickDuration = once(
  'csg_worker_tick_duration_seconds',
  () =>
    new Histogram({
      name: 'csg_worker_tick_duration_seconds',
      help: 'Time one tick of a periodic worker took',
      labelNames: ['worker'],
      buckets: [0.005, 0.025, 0.1, 0.5, 1, 5, 30, 120, 600],
      registers: [metricsRegistry],
    }),
);
