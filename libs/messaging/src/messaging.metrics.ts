import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@csg/observability';

function once<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

export const handlerDuration = once(
  'csg_event_handler_duration_seconds',
  () =>
    new Histogram({
      name: 'csg_event_handler_duration_seconds',
      help: 'Time to handle one integration event, inbox write included',
      labelNames: ['group', 'type'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [metricsRegistry],
    }),
);

export const handlerFailures = once(
  'csg_event_handler_failures_total',
  () =>
    new Counter({
      name: 'csg_event_handler_failures_total',
      help: 'Failed attempts to handle an integration event',
      labelNames: ['group', 'type', 'kind'],
      registers: [metricsRegistry],
    }),
);

export const deadLetters = once(
  'csg_dead_letters_total',
  () =>
    new Counter({
      name: 'csg_dead_letters_total',
      help: 'Messages a consumer group gave up on and sent to its dead-letter topic',
      labelNames: ['group', 'reason'],
      registers: [metricsRegistry],
    }),
);

export const outboxBacklog = once(
  'csg_outbox_backlog',
  () =>
    new Gauge({
      name: 'csg_outbox_backlog',
      help: 'Unpublished outbox rows',
      labelNames: ['service'],
      registers: [metricsRegistry],
    }),
);

export const outboxOldestAge = once(
  'csg_outbox_oldest_unpublished_age_seconds',
  () =>
    new Gauge({
      name: 'csg_outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest unpublished outbox row',
      labelNames: ['service'],
      registers: [metricsRegistry],
    }),
);

export const consumerLag = once(
  'csg_consumer_lag',
  () =>
    new Gauge({
      name: 'csg_consumer_lag',
      help: 'Messages behind the end of the partition, per consumer group and topic',
      labelNames: ['group', 'topic'],
      registers: [metricsRegistry],
    }),
);

export const retentionPruned = once(
  'csg_retention_pruned_rows_total',
  () =>
    new Counter({
      name: 'csg_retention_pruned_rows_total',
      help: 'Rows deleted by retention, per service (or the in-process bus) and table',
      labelNames: ['service', 'table'],
      registers: [metricsRegistry],
    }),
);

export const retentionRuns = once(
  'csg_retention_runs_total',
  () =>
    new Counter({
      name: 'csg_retention_runs_total',
      help: 'Retention runs by outcome: completed, skipped (another instance held the lock), failed',
      labelNames: ['service', 'outcome'],
      registers: [metricsRegistry],
    }),
);
