/**
 * The metric families a service process serves on `/metrics`, as far as the dashboards and alert
 * rules may use them. `monitoring.spec.ts` checks every PromQL expression against this list;
 * `test/exported-metrics.e2e-spec.ts` boots the embedded platform and checks the list against
 * what it really serves: every `csg_*` family exactly (a new one fails until it is listed here),
 * and the Node.js and process families listed here at least.
 */
export interface MetricFamily {
  name: string;
  type: 'counter' | 'gauge' | 'histogram';
  /** The labels the process sets (prom-client's `labelNames`). */
  labels: readonly string[];
}

export const EXPORTED_METRICS: readonly MetricFamily[] = [
  // libs/http/src/metrics: every request, operations routes (/metrics, /health/*) included.
  { name: 'csg_http_request_duration_seconds', type: 'histogram', labels: ['method', 'route', 'status'] },
  // libs/messaging/src/messaging.metrics.ts
  { name: 'csg_event_handler_duration_seconds', type: 'histogram', labels: ['group', 'type'] },
  { name: 'csg_event_handler_failures_total', type: 'counter', labels: ['group', 'type', 'kind'] },
  { name: 'csg_dead_letters_total', type: 'counter', labels: ['group', 'reason'] },
  { name: 'csg_outbox_backlog', type: 'gauge', labels: ['service'] },
  { name: 'csg_outbox_oldest_unpublished_age_seconds', type: 'gauge', labels: ['service'] },
  { name: 'csg_consumer_lag', type: 'gauge', labels: ['group', 'topic'] },
  { name: 'csg_retention_pruned_rows_total', type: 'counter', labels: ['service', 'table'] },
  { name: 'csg_retention_runs_total', type: 'counter', labels: ['service', 'outcome'] },
  // libs/runtime/src/periodic/periodic-worker.metrics.ts: every periodic worker (ADR 69)
  { name: 'csg_worker_ticks_total', type: 'counter', labels: ['worker'] },
  { name: 'csg_worker_tick_failures_total', type: 'counter', labels: ['worker'] },
  { name: 'csg_worker_last_success_timestamp_seconds', type: 'gauge', labels: ['worker'] },
  { name: 'csg_worker_tick_duration_seconds', type: 'histogram', labels: ['worker'] },
  // apps/notifications/src/observability/notifications.metrics.ts
  { name: 'csg_webhook_attempts_total', type: 'counter', labels: ['outcome'] },
  { name: 'csg_mail_attempts_total', type: 'counter', labels: ['outcome'] },
  // prom-client's default metrics (libs/observability collectProcessMetrics)
  { name: 'process_cpu_seconds_total', type: 'counter', labels: [] },
  { name: 'process_resident_memory_bytes', type: 'gauge', labels: [] },
  { name: 'process_start_time_seconds', type: 'gauge', labels: [] },
  { name: 'nodejs_eventloop_lag_p99_seconds', type: 'gauge', labels: [] },
  { name: 'nodejs_heap_size_used_bytes', type: 'gauge', labels: [] },
];

/**
 * Labels the scrape adds to every series: `instance` and `job` (Prometheus), and `service`, the
 * process's service. The ServiceMonitor sets `service` from the Kubernetes Service's name; other
 * scrape configurations set it by relabelling (deploy/monitoring/prometheus/scrape-config.example.yaml).
 */
export const SCRAPE_LABELS: readonly string[] = ['service', 'instance', 'job'];

/** Series Prometheus writes itself for each target. */
export const PROMETHEUS_SERIES: readonly MetricFamily[] = [{ name: 'up', type: 'gauge', labels: [] }];

/** The series names of a family as PromQL sees them (`_bucket`/`_sum`/`_count` of a histogram). */
export function seriesNames(family: MetricFamily): Array<{ name: string; labels: readonly string[] }> {
  if (family.type !== 'histogram') return [{ name: family.name, labels: family.labels }];
  return [
    { name: `${family.name}_bucket`, labels: [...family.labels, 'le'] },
    { name: `${family.name}_sum`, labels: family.labels },
    { name: `${family.name}_count`, labels: family.labels },
  ];
}
