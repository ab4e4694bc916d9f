import { deliveryRows } from './delivery-rows';
import { dashboard, series, stat, type PanelSpec, type RowSpec } from './grafana';
import { consumerGroup, serviceApiRequests } from './selectors';

/**
 * Services whose consumer group reads nothing: no consumer panels on their dashboards.
 * `test/exported-metrics.e2e-spec.ts` checks this against the running platform's health.
 */
export const SERVICES_WITHOUT_CONSUMER: readonly string[] = ['agencies'];

const RATE = '$__rate_interval';
const COUNT = 'csg_http_request_duration_seconds_count';
const BUCKET = 'csg_http_request_duration_seconds_bucket';

/** One service's dashboard: its HTTP API, its outbox and consumer, retention and processes. */
export function serviceDashboard(service: string): Record<string, unknown> {
  return dashboard({
    uid: `csg-${service}`,
    title: `CSG / ${service}`,
    description: `The ${service} service: its HTTP API, its outbox and consumer, retention and processes.`,
    tags: ['csg', 'csg-service'],
    rows: [
      nowRow(service),
      httpRow(service),
      pipelineRow(service),
      ...(service === 'notifications' ? deliveryRows() : []),
      retentionRow(service),
      processRow(service),
    ],
  });
}

function latency(service: string, quantile: number, by = 'le'): string {
  return `histogram_quantile(${quantile}, sum by (${by}) (rate(${BUCKET}${serviceApiRequests(service)}[${RATE}])))`;
}

function requests(service: string, ...extra: string[]): string {
  return `rate(${COUNT}${serviceApiRequests(service, ...extra)}[${RATE}])`;
}

function nowRow(service: string): RowSpec {
  const share = (status: string) =>
    `sum(${requests(service, `status=~"${status}"`)}) / sum(${requests(service)})`;
  return {
    title: 'Now',
    panels: [
      stat('Replicas up', 'Targets of this service Prometheus scrapes successfully.', 'short', [
        { expr: `sum(up{service="${service}"})`, legend: 'up' },
      ]),
      stat('API requests/s', 'Requests to the API (not /metrics, not /health).', 'reqps', [
        { expr: `sum(${requests(service)})`, legend: 'requests/s' },
      ]),
      stat(
        '5xx share',
        'Share of API answers with a 5xx status.',
        'percentunit',
        [{ expr: share('5..'), legend: '5xx' }],
        0.05,
      ),
      stat(
        '4xx share',
        'Share of API answers with a 4xx status (refusals, validation, not found).',
        'percentunit',
        [{ expr: share('4..'), legend: '4xx' }],
      ),
      stat(
        'p99 latency',
        'The slowest 1 % of API requests take longer; the histogram ends at 2.5 s.',
        's',
        [{ expr: latency(service, 0.99), legend: 'p99' }],
        1,
      ),
      stat(
        'Oldest unpublished event',
        'Age of the oldest outbox row the relay has not published yet; normally under a second.',
        's',
        [{ expr: `max(csg_outbox_oldest_unpublished_age_seconds{service="${service}"})`, legend: 'age' }],
        300,
      ),
    ],
  };
}

function httpRow(service: string): RowSpec {
  return {
    title: 'HTTP API (without /metrics and /health)',
    panels: [
      series(
        'Requests by status class',
        'API requests per second, 2xx to 5xx.',
        'reqps',
        ['2', '3', '4', '5'].map((c) => ({
          expr: `sum(${requests(service, `status=~"${c}.."`)})`,
          legend: `${c}xx`,
        })),
      ),
      series('Latency p50 / p95 / p99', 'From the request histogram (buckets 1 ms to 2.5 s).', 's', [
        { expr: latency(service, 0.5), legend: 'p50' },
        { expr: latency(service, 0.95), legend: 'p95' },
        { expr: latency(service, 0.99), legend: 'p99' },
      ]),
      series(
        'Server errors (5xx) by route',
        'Each is a bug or an outage behind the route: see the logs.',
        'reqps',
        [
          {
            expr: `sum by (method, route, status) (${requests(service, 'status=~"5.."')})`,
            legend: '{{method}} {{route}} {{status}}',
          },
        ],
      ),
      series(
        'Client errors (4xx) by status',
        '401/403 refusals, 404, 409 conflicts, 412 stale If-Match, 422 validation, 429 rate limits.',
        'reqps',
        [{ expr: `sum by (status) (${requests(service, 'status=~"4.."')})`, legend: '{{status}}' }],
      ),
      series('Busiest routes', 'The ten routes with the most requests.', 'reqps', [
        { expr: `topk(10, sum by (method, route) (${requests(service)}))`, legend: '{{method}} {{route}}' },
      ]),
      series('Slowest routes (p95)', 'The ten routes with the highest 95th percentile.', 's', [
        { expr: `topk(10, ${latency(service, 0.95, 'method, route, le')})`, legend: '{{method}} {{route}}' },
      ]),
    ],
  };
}

function pipelineRow(service: string): RowSpec {
  const own = `{service="${service}"}`;
  const outbox: PanelSpec[] = [
    series(
      'Outbox backlog',
      'Rows written and not yet published (every replica reports the same database).',
      'short',
      [{ expr: `max(csg_outbox_backlog${own})`, legend: 'unpublished rows' }],
    ),
    series(
      'Oldest unpublished outbox row',
      'Grows while the broker or the relay is away; the events wait safely in the outbox.',
      's',
      [{ expr: `max(csg_outbox_oldest_unpublished_age_seconds${own})`, legend: 'age' }],
    ),
  ];
  if (SERVICES_WITHOUT_CONSUMER.includes(service))
    return { title: 'Event pipeline (outbox; this service consumes no events)', panels: outbox };
  const group = `{group="${consumerGroup(service)}"}`;
  return {
    title: `Event pipeline (outbox, consumer group ${consumerGroup(service)})`,
    panels: [
      ...outbox,
      series('Events handled by type', 'Events handled per second, inbox write included.', 'ops', [
        {
          expr: `sum by (type) (rate(csg_event_handler_duration_seconds_count${group}[${RATE}]))`,
          legend: '{{type}}',
        },
      ]),
      series('Handler duration p95 by type', 'Time to handle one event, inbox write included.', 's', [
        {
          expr: `histogram_quantile(0.95, sum by (type, le) (rate(csg_event_handler_duration_seconds_bucket${group}[${RATE}])))`,
          legend: '{{type}}',
        },
      ]),
      series(
        'Handler failures',
        'kind="handler": the handler threw (retried, then dead-lettered); kind="infrastructure": the ' +
          'database or broker is away (retried without limit, the pod is not ready meanwhile).',
        'ops',
        [
          {
            expr: `sum by (kind, type) (rate(csg_event_handler_failures_total${group}[${RATE}]))`,
            legend: '{{kind}} {{type}}',
          },
        ],
      ),
      series(
        'Dead letters by reason',
        `Messages given up on, in csg.dlq.${consumerGroup(service)} (npm run dlq -- list).`,
        'short',
        [
          {
            expr: `sum by (reason) (increase(csg_dead_letters_total${group}[${RATE}]))`,
            legend: '{{reason}}',
          },
        ],
      ),
      series(
        'Consumer lag (Kafka)',
        'Messages behind the end of the partition after the last batch, per topic (Kafka transport ' +
          'only; the in-process bus reports none).',
        'short',
        [{ expr: `max by (topic) (csg_consumer_lag${group})`, legend: '{{topic}}' }],
        24,
      ),
    ],
  };
}

function retentionRow(service: string): RowSpec {
  const own = `{service="${service}"}`;
  return {
    title: 'Retention',
    panels: [
      series(
        'Rows pruned per hour',
        'Inbox, published outbox and expired idempotency keys deleted (ADR 22).',
        'short',
        [
          {
            expr: `sum by (table) (increase(csg_retention_pruned_rows_total${own}[1h]))`,
            legend: '{{table}}',
          },
        ],
      ),
      series(
        'Retention runs per hour',
        'completed, skipped (another replica held the lock) or failed.',
        'short',
        [{ expr: `sum by (outcome) (increase(csg_retention_runs_total${own}[1h]))`, legend: '{{outcome}}' }],
      ),
    ],
  };
}

function processRow(service: string): RowSpec {
  const own = `{service="${service}"}`;
  return {
    title: 'Processes',
    panels: [
      series(
        'CPU',
        'CPU cores used, per replica (the Deployment limits each to 1).',
        'short',
        [{ expr: `rate(process_cpu_seconds_total${own}[${RATE}])`, legend: '{{instance}}' }],
        6,
      ),
      series(
        'Memory',
        'Resident memory and V8 heap in use, per replica (limit 512 MiB, heap cap 384 MiB).',
        'bytes',
        [
          { expr: `process_resident_memory_bytes${own}`, legend: 'resident {{instance}}' },
          { expr: `nodejs_heap_size_used_bytes${own}`, legend: 'heap {{instance}}' },
        ],
        6,
      ),
      series(
        'Event-loop lag p99',
        'How late timers run: above 100 ms the process is CPU-bound or blocked.',
        's',
        [{ expr: `nodejs_eventloop_lag_p99_seconds${own}`, legend: '{{instance}}' }],
        6,
      ),
      series(
        'Restarts per hour',
        'Process starts per replica: crashes, OOM kills, failed liveness probes, rollouts.',
        'short',
        [{ expr: `changes(process_start_time_seconds${own}[1h])`, legend: '{{instance}}' }],
        6,
      ),
    ],
  };
}
